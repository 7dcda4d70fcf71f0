# Generated from this API's schema by `python -m validator.schema.write_shipped`.
# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).
def _object_4(value, pointer, walker):
    for name, member in value.items():
        if name == 'begin_time':
            if not (type(member) is int and member >= 0 and member <= 86399):
                walker.value(K25, member, pointer + '/begin_time')
        elif name == 'end_time':
            if not (type(member) is int and member >= 0 and member <= 86399):
                walker.value(K26, member, pointer + '/end_time')
        else:
            walker.unknown(K24, name, pointer)

def _object_3(value, pointer, walker):
    for name, member in value.items():
        if name == 'week_day':
            if type(member) is list and K20(member):
                base = pointer + '/week_day'
                for index, item in enumerate(member):
                    if not (type(item) is int and item >= 0 and item <= 6):
                        walker.value(K21, item, f"{base}/{index}")
            else:
                walker.value(K19, member, pointer + '/week_day')
        elif name == 'available_day_time':
            if type(member) is list and len(member) <= 2:
                base = pointer + '/available_day_time'
                for index, item in enumerate(member):
                    if type(item) is dict:
                        _object_4(item, f"{base}/{index}", walker)
                    else:
                        walker.value(K23, item, f"{base}/{index}")
            else:
                walker.value(K22, member, pointer + '/available_day_time')
        else:
            walker.unknown(K18, name, pointer)
    walker.conditionals(K18, value, pointer)

def _object_5(value, pointer, walker):
    for name, member in value.items():
        if name == 'begin_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K31(member) is not None):
                walker.value(K30, member, pointer + '/begin_time')
        elif name == 'end_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K33(member) is not None):
                walker.value(K32, member, pointer + '/end_time')
        else:
            walker.unknown(K29, name, pointer)

def _object_2(value, pointer, walker):
    if not ('available_begin_time' in value and 'available_end_time' in value):
        walker.object(K11, value, pointer)
        return
    for name, member in value.items():
        if name == 'available_begin_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K13(member) is not None):
                walker.value(K12, member, pointer + '/available_begin_time')
        elif name == 'available_end_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K15(member) is not None):
                walker.value(K14, member, pointer + '/available_end_time')
        elif name == 'available_day_after_receive':
            if not (type(member) is int and member >= 1):
                walker.value(K16, member, pointer + '/available_day_after_receive')
        elif name == 'available_week':
            if type(member) is dict:
                _object_3(member, pointer + '/available_week', walker)
            else:
                walker.value(K17, member, pointer + '/available_week')
        elif name == 'irregulary_avaliable_time':
            if type(member) is list:
                base = pointer + '/irregulary_avaliable_time'
                for index, item in enumerate(member):
                    if type(item) is dict:
                        _object_5(item, f"{base}/{index}", walker)
                    else:
                        walker.value(K28, item, f"{base}/{index}")
            else:
                walker.value(K27, member, pointer + '/irregulary_avaliable_time')
        elif name == 'wait_days_after_receive':
            if not (type(member) is int and member >= 1 and member <= 30):
                walker.value(K34, member, pointer + '/wait_days_after_receive')
        else:
            walker.unknown(K11, name, pointer)
    walker.conditionals(K11, value, pointer)

def _object_6(value, pointer, walker):
    if not ('discount_amount' in value and 'transaction_minimum' in value):
        walker.object(K36, value, pointer)
        return
    for name, member in value.items():
        if name == 'discount_amount':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K37, member, pointer + '/discount_amount')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K38, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K36, name, pointer)

def _object_7(value, pointer, walker):
    if not ('discount_percent' in value and 'transaction_minimum' in value):
        walker.object(K40, value, pointer)
        return
    for name, member in value.items():
        if name == 'discount_percent':
            if not (type(member) is int and member >= 1 and member <= 99):
                walker.value(K41, member, pointer + '/discount_percent')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K42, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K40, name, pointer)

def _object_8(value, pointer, walker):
    if not ('exchange_price' in value and 'transaction_minimum' in value):
        walker.object(K44, value, pointer)
        return
    for name, member in value.items():
        if name == 'exchange_price':
            if not (type(member) is int and member >= 0 and member <= 10000000):
                walker.value(K45, member, pointer + '/exchange_price')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K46, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K44, name, pointer)

def _fired_9(value, pointer, walker):
    if 'mini_programs_appid' in value and 'mini_programs_path' in value:
        pass
    else:
        walker.then(K52, K53, value, pointer, value)

def _fired_10(value, pointer, walker):
    if 'mini_programs_appid' not in value and 'mini_programs_path' not in value:
        pass
    else:
        walker.then(K54, K55, value, pointer, value)

def _fired_11(value, pointer, walker):
    if 'mini_programs_appid' not in value and 'mini_programs_path' not in value:
        pass
    else:
        walker.then(K56, K57, value, pointer, value)

def _fired_12(value, pointer, walker):
    if 'mini_programs_appid' not in value and 'mini_programs_path' not in value:
        pass
    else:
        walker.then(K58, K59, value, pointer, value)

def _object_1(value, pointer, walker):
    if not ('coupon_available_time' in value and 'use_method' in value):
        walker.object(K9, value, pointer)
        return
    for name, member in value.items():
        if name == 'coupon_available_time':
            if type(member) is dict:
                _object_2(member, pointer + '/coupon_available_time', walker)
            else:
                walker.value(K10, member, pointer + '/coupon_available_time')
        elif name == 'fixed_normal_coupon':
            if type(member) is dict:
                _object_6(member, pointer + '/fixed_normal_coupon', walker)
            else:
                walker.value(K35, member, pointer + '/fixed_normal_coupon')
        elif name == 'discount_coupon':
            if type(member) is dict:
                _object_7(member, pointer + '/discount_coupon', walker)
            else:
                walker.value(K39, member, pointer + '/discount_coupon')
        elif name == 'exchange_coupon':
            if type(member) is dict:
                _object_8(member, pointer + '/exchange_coupon', walker)
            else:
                walker.value(K43, member, pointer + '/exchange_coupon')
        elif name == 'use_method':
            if not (type(member) is str and member in K48):
                walker.value(K47, member, pointer + '/use_method')
        elif name == 'mini_programs_appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K50.search(member) is not None):
                walker.value(K49, member, pointer + '/mini_programs_appid')
        elif name == 'mini_programs_path':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K51, member, pointer + '/mini_programs_path')
        else:
            walker.unknown(K9, name, pointer)
    if 'use_method' in value:
        found = value['use_method']
        try:
            fired = T0.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_13(value, pointer, walker):
    if not ('max_coupons_per_user' in value):
        walker.object(K61, value, pointer)
        return
    for name, member in value.items():
        if name == 'max_coupons':
            if not (type(member) is int and member >= 1 and member <= 1000000000):
                walker.value(K62, member, pointer + '/max_coupons')
        elif name == 'max_coupons_per_user':
            if not (type(member) is int and member >= 1 and member <= 100):
                walker.value(K63, member, pointer + '/max_coupons_per_user')
        elif name == 'max_coupons_by_day':
            if not (type(member) is int and member >= 1 and member <= 1000000000):
                walker.value(K64, member, pointer + '/max_coupons_by_day')
        elif name == 'natural_person_limit':
            if not (type(member) is bool):
                walker.value(K65, member, pointer + '/natural_person_limit')
        elif name == 'prevent_api_abuse':
            if not (type(member) is bool):
                walker.value(K66, member, pointer + '/prevent_api_abuse')
        elif name == 'max_amount':
            if not (type(member) is int):
                walker.value(K67, member, pointer + '/max_amount')
        elif name == 'max_amount_by_day':
            if not (type(member) is int):
                walker.value(K68, member, pointer + '/max_amount_by_day')
        elif name == 'transferable':
            if not (type(member) is bool):
                walker.value(K69, member, pointer + '/transferable')
        elif name == 'shareable':
            if not (type(member) is bool):
                walker.value(K70, member, pointer + '/shareable')
        else:
            walker.unknown(K61, name, pointer)

def _object_15(value, pointer, walker):
    if not ('mini_programs_appid' in value and 'mini_programs_path' in value and 'entrance_words' in value):
        walker.object(K75, value, pointer)
        return
    for name, member in value.items():
        if name == 'mini_programs_appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K77.search(member) is not None):
                walker.value(K76, member, pointer + '/mini_programs_appid')
        elif name == 'mini_programs_path':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K78, member, pointer + '/mini_programs_path')
        elif name == 'entrance_words':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 5):
                walker.value(K79, member, pointer + '/entrance_words')
        elif name == 'guiding_words':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 6):
                walker.value(K80, member, pointer + '/guiding_words')
        else:
            walker.unknown(K75, name, pointer)

def _object_14(value, pointer, walker):
    for name, member in value.items():
        if name == 'mini_programs_info':
            if type(member) is dict:
                _object_15(member, pointer + '/mini_programs_info', walker)
            else:
                walker.value(K74, member, pointer + '/mini_programs_info')
        elif name == 'appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K82.search(member) is not None):
                walker.value(K81, member, pointer + '/appid')
        elif name == 'hall_id':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 64):
                walker.value(K83, member, pointer + '/hall_id')
        elif name == 'store_id':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 64):
                walker.value(K84, member, pointer + '/store_id')
        elif name == 'code_display_mode':
            if not (type(member) is str and member in K86):
                walker.value(K85, member, pointer + '/code_display_mode')
        else:
            walker.unknown(K73, name, pointer)

def _object_17(value, pointer, walker):
    for name, member in value.items():
        if name == 'finder_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K99, member, pointer + '/finder_id')
        elif name == 'finder_video_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K100, member, pointer + '/finder_video_id')
        elif name == 'finder_video_cover_image_url':
            if not (type(member) is str and len(member) >= 1 and K102.search(member) is not None):
                walker.value(K101, member, pointer + '/finder_video_cover_image_url')
        else:
            walker.unknown(K98, name, pointer)

def _object_16(value, pointer, walker):
    for name, member in value.items():
        if name == 'description':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 1000):
                walker.value(K89, member, pointer + '/description')
        elif name == 'merchant_logo_url':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K91.search(member) is not None):
                walker.value(K90, member, pointer + '/merchant_logo_url')
        elif name == 'merchant_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 16):
                walker.value(K92, member, pointer + '/merchant_name')
        elif name == 'background_color':
            if not (type(member) is str and K94.search(member) is not None):
                walker.value(K93, member, pointer + '/background_color')
        elif name == 'coupon_image_url':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K96.search(member) is not None):
                walker.value(K95, member, pointer + '/coupon_image_url')
        elif name == 'finder_info':
            if type(member) is dict:
                _object_17(member, pointer + '/finder_info', walker)
            else:
                walker.value(K97, member, pointer + '/finder_info')
        else:
            walker.unknown(K88, name, pointer)

def _object_18(value, pointer, walker):
    for name, member in value.items():
        if name == 'notify_appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 64 and K108.search(member) is not None):
                walker.value(K107, member, pointer + '/notify_appid')
        else:
            walker.unknown(K106, name, pointer)

def _fired_19(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' in m1:
            pass
        else:
            walker.then(K110, K112, m1, p1, value)
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'discount_coupon' not in m1 and 'exchange_coupon' not in m1:
            pass
        else:
            walker.then(K113, K115, m1, p1, value)

def _fired_20(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'discount_coupon' in m1:
            pass
        else:
            walker.then(K116, K118, m1, p1, value)
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' not in m1 and 'exchange_coupon' not in m1:
            pass
        else:
            walker.then(K119, K121, m1, p1, value)

def _fired_21(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'exchange_coupon' in m1:
            pass
        else:
            walker.then(K122, K124, m1, p1, value)
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' not in m1 and 'discount_coupon' not in m1:
            pass
        else:
            walker.then(K125, K127, m1, p1, value)

def _object_0(value, pointer, walker):
    if not ('stock_name' in value and 'belong_merchant' in value and 'goods_name' in value and 'stock_type' in value and 'coupon_use_rule' in value and 'stock_send_rule' in value and 'out_request_no' in value and 'coupon_code_mode' in value):
        walker.object(K0, value, pointer)
        return
    for name, member in value.items():
        if name == 'stock_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 21):
                walker.value(K1, member, pointer + '/stock_name')
        elif name == 'belong_merchant':
            if not (type(member) is str and len(member) >= 8 and len(member) <= 15 and K3.search(member) is not None):
                walker.value(K2, member, pointer + '/belong_merchant')
        elif name == 'comment':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 20):
                walker.value(K4, member, pointer + '/comment')
        elif name == 'goods_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 15):
                walker.value(K5, member, pointer + '/goods_name')
        elif name == 'stock_type':
            if not (type(member) is str and member in K7):
                walker.value(K6, member, pointer + '/stock_type')
        elif name == 'coupon_use_rule':
            if type(member) is dict:
                _object_1(member, pointer + '/coupon_use_rule', walker)
            else:
                walker.value(K8, member, pointer + '/coupon_use_rule')
        elif name == 'stock_send_rule':
            if type(member) is dict:
                _object_13(member, pointer + '/stock_send_rule', walker)
            else:
                walker.value(K60, member, pointer + '/stock_send_rule')
        elif name == 'out_request_no':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K71, member, pointer + '/out_request_no')
        elif name == 'custom_entrance':
            if type(member) is dict:
                _object_14(member, pointer + '/custom_entrance', walker)
            else:
                walker.value(K72, member, pointer + '/custom_entrance')
        elif name == 'display_pattern_info':
            if type(member) is dict:
                _object_16(member, pointer + '/display_pattern_info', walker)
            else:
                walker.value(K87, member, pointer + '/display_pattern_info')
        elif name == 'coupon_code_mode':
            if not (type(member) is str and member in K104):
                walker.value(K103, member, pointer + '/coupon_code_mode')
        elif name == 'notify_config':
            if type(member) is dict:
                _object_18(member, pointer + '/notify_config', walker)
            else:
                walker.value(K105, member, pointer + '/notify_config')
        elif name == 'subsidy':
            if not (type(member) is bool):
                walker.value(K109, member, pointer + '/subsidy')
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

