# Generated from this API's schema by `python -m validator.schema.write_shipped`.
# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).
def _object_1(value, pointer, walker):
    if not ('max_coupons' in value and 'max_amount' in value and 'max_coupons_per_user' in value and 'natural_person_limit' in value and 'prevent_api_abuse' in value):
        walker.object(K10, value, pointer)
        return
    for name, member in value.items():
        if name == 'max_coupons':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K11, member, pointer + '/max_coupons')
        elif name == 'max_amount':
            if not (type(member) is int and member >= 1 and member <= 1000000000):
                walker.value(K12, member, pointer + '/max_amount')
        elif name == 'max_amount_by_day':
            if not (type(member) is int and member >= 1):
                walker.value(K13, member, pointer + '/max_amount_by_day')
        elif name == 'max_coupons_per_user':
            if not (type(member) is int and member >= 1 and member <= 60):
                walker.value(K14, member, pointer + '/max_coupons_per_user')
        elif name == 'natural_person_limit':
            if not (type(member) is bool):
                walker.value(K15, member, pointer + '/natural_person_limit')
        elif name == 'prevent_api_abuse':
            if not (type(member) is bool):
                walker.value(K16, member, pointer + '/prevent_api_abuse')
        else:
            walker.unknown(K10, name, pointer)

def _fired_3(value, pointer, walker):
    if 'mini_program_appid' in value and 'mini_program_path' in value:
        pass
    else:
        walker.then(K32, K33, value, pointer, value)

def _object_2(value, pointer, walker):
    if not ('description' in value):
        walker.object(K18, value, pointer)
        return
    for name, member in value.items():
        if name == 'description':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 1000):
                walker.value(K19, member, pointer + '/description')
        elif name == 'merchant_logo':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K21.search(member) is not None):
                walker.value(K20, member, pointer + '/merchant_logo')
        elif name == 'merchant_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 36):
                walker.value(K22, member, pointer + '/merchant_name')
        elif name == 'background_color':
            if not (type(member) is str and member in K24):
                walker.value(K23, member, pointer + '/background_color')
        elif name == 'coupon_image':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K26.search(member) is not None):
                walker.value(K25, member, pointer + '/coupon_image')
        elif name == 'jump_target':
            if not (type(member) is str and member in K28):
                walker.value(K27, member, pointer + '/jump_target')
        elif name == 'mini_program_appid':
            if not (type(member) is str and len(member) >= 1 and K30.search(member) is not None):
                walker.value(K29, member, pointer + '/mini_program_appid')
        elif name == 'mini_program_path':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K31, member, pointer + '/mini_program_path')
        else:
            walker.unknown(K18, name, pointer)
    if 'jump_target' in value:
        found = value['jump_target']
        try:
            fired = T0.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_6(value, pointer, walker):
    if not ('begin_time' in value):
        walker.object(K39, value, pointer)
        return
    for name, member in value.items():
        if name == 'available_week_day':
            walker.value(K40, member, pointer + '/available_week_day')
        elif name == 'begin_time':
            if not (type(member) is int and member >= 0 and member <= 86399):
                walker.value(K41, member, pointer + '/begin_time')
        elif name == 'end_time':
            if not (type(member) is int and member >= 0 and member <= 86399):
                walker.value(K42, member, pointer + '/end_time')
        else:
            walker.unknown(K39, name, pointer)

def _object_5(value, pointer, walker):
    for name, member in value.items():
        if name == 'fix_available_time':
            if type(member) is dict:
                _object_6(member, pointer + '/fix_available_time', walker)
            else:
                walker.value(K38, member, pointer + '/fix_available_time')
        elif name == 'second_day_available':
            if not (type(member) is bool):
                walker.value(K43, member, pointer + '/second_day_available')
        elif name == 'available_time_after_receive':
            if not (type(member) is int and member >= 60):
                walker.value(K44, member, pointer + '/available_time_after_receive')
        else:
            walker.unknown(K37, name, pointer)

def _object_7(value, pointer, walker):
    if not ('coupon_amount' in value and 'transaction_minimum' in value):
        walker.object(K46, value, pointer)
        return
    for name, member in value.items():
        if name == 'coupon_amount':
            if not (type(member) is int and member >= 100 and member <= 50000):
                walker.value(K47, member, pointer + '/coupon_amount')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1):
                walker.value(K48, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K46, name, pointer)

def _object_8(value, pointer, walker):
    if not ('name' in value and 'bin' in value):
        walker.object(K71, value, pointer)
        return
    for name, member in value.items():
        if name == 'name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 4):
                walker.value(K72, member, pointer + '/name')
        elif name == 'bin':
            if type(member) is list and len(member) >= 1 and len(member) <= 10 and K74(member):
                base = pointer + '/bin'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 6 and len(item) <= 9):
                        walker.value(K75, item, f"{base}/{index}")
            else:
                walker.value(K73, member, pointer + '/bin')
        else:
            walker.unknown(K71, name, pointer)

def _object_4(value, pointer, walker):
    for name, member in value.items():
        if name == 'coupon_available_time':
            if type(member) is dict:
                _object_5(member, pointer + '/coupon_available_time', walker)
            else:
                walker.value(K36, member, pointer + '/coupon_available_time')
        elif name == 'fixed_normal_coupon':
            if type(member) is dict:
                _object_7(member, pointer + '/fixed_normal_coupon', walker)
            else:
                walker.value(K45, member, pointer + '/fixed_normal_coupon')
        elif name == 'goods_tag':
            if type(member) is list and len(member) >= 1 and len(member) <= 50 and K50(member):
                base = pointer + '/goods_tag'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 1 and len(item) <= 128 and K52.search(item) is not None):
                        walker.value(K51, item, f"{base}/{index}")
            else:
                walker.value(K49, member, pointer + '/goods_tag')
        elif name == 'trade_type':
            if type(member) is list and len(member) >= 1 and K54(member):
                base = pointer + '/trade_type'
                for index, item in enumerate(member):
                    if not (type(item) is str and item in K56):
                        walker.value(K55, item, f"{base}/{index}")
            else:
                walker.value(K53, member, pointer + '/trade_type')
        elif name == 'combine_use':
            if not (type(member) is bool):
                walker.value(K57, member, pointer + '/combine_use')
        elif name == 'available_items':
            if type(member) is list and len(member) >= 1 and len(member) <= 50 and K59(member):
                base = pointer + '/available_items'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 1 and len(item) <= 128):
                        walker.value(K60, item, f"{base}/{index}")
            else:
                walker.value(K58, member, pointer + '/available_items')
        elif name == 'unavailable_items':
            if type(member) is list and len(member) >= 1 and len(member) <= 50 and K62(member):
                base = pointer + '/unavailable_items'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 1 and len(item) <= 128):
                        walker.value(K63, item, f"{base}/{index}")
            else:
                walker.value(K61, member, pointer + '/unavailable_items')
        elif name == 'available_merchants':
            if type(member) is list and len(member) >= 1 and len(member) <= 50 and K65(member):
                base = pointer + '/available_merchants'
                for index, item in enumerate(member):
                    if not (type(item) is str and K67.search(item) is not None):
                        walker.value(K66, item, f"{base}/{index}")
            else:
                walker.value(K64, member, pointer + '/available_merchants')
        elif name == 'limit_pay':
            if type(member) is list and len(member) >= 1 and len(member) <= 1:
                base = pointer + '/limit_pay'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 1):
                        walker.value(K69, item, f"{base}/{index}")
            else:
                walker.value(K68, member, pointer + '/limit_pay')
        elif name == 'limit_card':
            if type(member) is dict:
                _object_8(member, pointer + '/limit_card', walker)
            else:
                walker.value(K70, member, pointer + '/limit_card')
        else:
            walker.unknown(K35, name, pointer)

def _fired_9(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' in m1:
            pass
        else:
            walker.then(K82, K84, m1, p1, value)

def _object_0(value, pointer, walker):
    if not ('stock_name' in value and 'belong_merchant' in value and 'available_begin_time' in value and 'available_end_time' in value and 'stock_use_rule' in value and 'coupon_use_rule' in value and 'no_cash' in value and 'stock_type' in value and 'out_request_no' in value):
        walker.object(K0, value, pointer)
        return
    for name, member in value.items():
        if name == 'stock_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 20):
                walker.value(K1, member, pointer + '/stock_name')
        elif name == 'comment':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 60):
                walker.value(K2, member, pointer + '/comment')
        elif name == 'belong_merchant':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 20 and K4.search(member) is not None):
                walker.value(K3, member, pointer + '/belong_merchant')
        elif name == 'available_begin_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K6(member) is not None):
                walker.value(K5, member, pointer + '/available_begin_time')
        elif name == 'available_end_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K8(member) is not None):
                walker.value(K7, member, pointer + '/available_end_time')
        elif name == 'stock_use_rule':
            if type(member) is dict:
                _object_1(member, pointer + '/stock_use_rule', walker)
            else:
                walker.value(K9, member, pointer + '/stock_use_rule')
        elif name == 'pattern_info':
            if type(member) is dict:
                _object_2(member, pointer + '/pattern_info', walker)
            else:
                walker.value(K17, member, pointer + '/pattern_info')
        elif name == 'coupon_use_rule':
            if type(member) is dict:
                _object_4(member, pointer + '/coupon_use_rule', walker)
            else:
                walker.value(K34, member, pointer + '/coupon_use_rule')
        elif name == 'no_cash':
            if not (type(member) is bool):
                walker.value(K76, member, pointer + '/no_cash')
        elif name == 'stock_type':
            if not (type(member) is str and member in K78):
                walker.value(K77, member, pointer + '/stock_type')
        elif name == 'out_request_no':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K80.search(member) is not None):
                walker.value(K79, member, pointer + '/out_request_no')
        elif name == 'ext_info':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K81, member, pointer + '/ext_info')
        else:
            walker.unknown(K0, name, pointer)
    if 'stock_type' in value:
        found = value['stock_type']
        try:
            fired = T1.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

