# Generated from this API's schema by `python -m validator.schema.write_shipped`.
# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).
def _object_2(value, pointer, walker):
    for name, member in value.items():
        if name == 'expand_name':
            if not (type(member) is str):
                walker.value(K36, member, pointer + '/expand_name')
        elif name == 'expand_value':
            if not (type(member) is str):
                walker.value(K37, member, pointer + '/expand_value')
        else:
            walker.unknown(K35, name, pointer)

def _object_1(value, pointer, walker):
    for name, member in value.items():
        if name == 'goods_no':
            if not (type(member) is str):
                walker.value(K30, member, pointer + '/goods_no')
        elif name == 'goods_name':
            if not (type(member) is str):
                walker.value(K31, member, pointer + '/goods_name')
        elif name == 'quantity':
            if not (type(member) is int):
                walker.value(K32, member, pointer + '/quantity')
        elif name == 'expandlist':
            if type(member) is list:
                base = pointer + '/expandlist'
                for index, item in enumerate(member):
                    if type(item) is dict:
                        _object_2(item, f"{base}/{index}", walker)
                    else:
                        walker.value(K34, item, f"{base}/{index}")
            else:
                walker.value(K33, member, pointer + '/expandlist')
        else:
            walker.unknown(K29, name, pointer)

def _object_3(value, pointer, walker):
    for name, member in value.items():
        if name == 'stock_id':
            if not (type(member) is str):
                walker.value(K73, member, pointer + '/stock_id')
        elif name == 'coupon_name':
            if not (type(member) is str):
                walker.value(K74, member, pointer + '/coupon_name')
        elif name == 'coupon_type':
            if not (type(member) is int):
                walker.value(K75, member, pointer + '/coupon_type')
        elif name == 'quantity':
            if not (type(member) is int):
                walker.value(K76, member, pointer + '/quantity')
        else:
            walker.unknown(K72, name, pointer)

def _object_4(value, pointer, walker):
    for name, member in value.items():
        if name == 'group_buy_order_no':
            if not (type(member) is str):
                walker.value(K84, member, pointer + '/group_buy_order_no')
        elif name == 'order_time':
            if not (type(member) is str):
                walker.value(K85, member, pointer + '/order_time')
        elif name == 'openid':
            if not (type(member) is str):
                walker.value(K86, member, pointer + '/openid')
        elif name == 'nickname':
            if not (type(member) is str):
                walker.value(K87, member, pointer + '/nickname')
        elif name == 'headimgurl':
            if not (type(member) is str):
                walker.value(K88, member, pointer + '/headimgurl')
        elif name == 'stock_id':
            if not (type(member) is str):
                walker.value(K89, member, pointer + '/stock_id')
        else:
            walker.unknown(K83, name, pointer)

def _object_9(value, pointer, walker):
    for name, member in value.items():
        if name == 'begin_time':
            if not (type(member) is int and member >= 0 and member <= 86399):
                walker.value(K117, member, pointer + '/begin_time')
        elif name == 'end_time':
            if not (type(member) is int and member >= 0 and member <= 86399):
                walker.value(K118, member, pointer + '/end_time')
        else:
            walker.unknown(K116, name, pointer)

def _object_8(value, pointer, walker):
    for name, member in value.items():
        if name == 'week_day':
            if type(member) is list and K112(member):
                base = pointer + '/week_day'
                for index, item in enumerate(member):
                    if not (type(item) is int and item >= 0 and item <= 6):
                        walker.value(K113, item, f"{base}/{index}")
            else:
                walker.value(K111, member, pointer + '/week_day')
        elif name == 'available_day_time':
            if type(member) is list and len(member) <= 2:
                base = pointer + '/available_day_time'
                for index, item in enumerate(member):
                    if type(item) is dict:
                        _object_9(item, f"{base}/{index}", walker)
                    else:
                        walker.value(K115, item, f"{base}/{index}")
            else:
                walker.value(K114, member, pointer + '/available_day_time')
        else:
            walker.unknown(K110, name, pointer)
    walker.conditionals(K110, value, pointer)

def _object_10(value, pointer, walker):
    for name, member in value.items():
        if name == 'begin_time':
            if not (type(member) is int):
                walker.value(K121, member, pointer + '/begin_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K122, member, pointer + '/end_time')
        else:
            walker.unknown(K120, name, pointer)

def _object_7(value, pointer, walker):
    if not ('available_begin_time' in value and 'available_end_time' in value):
        walker.object(K103, value, pointer)
        return
    for name, member in value.items():
        if name == 'available_begin_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K105(member) is not None):
                walker.value(K104, member, pointer + '/available_begin_time')
        elif name == 'available_end_time':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K107(member) is not None):
                walker.value(K106, member, pointer + '/available_end_time')
        elif name == 'available_day_after_receive':
            if not (type(member) is int and member >= 1):
                walker.value(K108, member, pointer + '/available_day_after_receive')
        elif name == 'available_week':
            if type(member) is dict:
                _object_8(member, pointer + '/available_week', walker)
            else:
                walker.value(K109, member, pointer + '/available_week')
        elif name == 'irregulary_avaliable_time':
            if type(member) is dict:
                _object_10(member, pointer + '/irregulary_avaliable_time', walker)
            else:
                walker.value(K119, member, pointer + '/irregulary_avaliable_time')
        elif name == 'wait_days_after_receive':
            if not (type(member) is int and member >= 1 and member <= 30):
                walker.value(K123, member, pointer + '/wait_days_after_receive')
        else:
            walker.unknown(K103, name, pointer)
    walker.conditionals(K103, value, pointer)

def _object_11(value, pointer, walker):
    if not ('discount_amount' in value and 'transaction_minimum' in value):
        walker.object(K125, value, pointer)
        return
    for name, member in value.items():
        if name == 'discount_amount':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K126, member, pointer + '/discount_amount')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K127, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K125, name, pointer)

def _object_12(value, pointer, walker):
    if not ('discount_percent' in value and 'transaction_minimum' in value):
        walker.object(K129, value, pointer)
        return
    for name, member in value.items():
        if name == 'discount_percent':
            if not (type(member) is int and member >= 1 and member <= 99):
                walker.value(K130, member, pointer + '/discount_percent')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K131, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K129, name, pointer)

def _object_13(value, pointer, walker):
    if not ('exchange_price' in value and 'transaction_minimum' in value):
        walker.object(K133, value, pointer)
        return
    for name, member in value.items():
        if name == 'exchange_price':
            if not (type(member) is int and member >= 0 and member <= 10000000):
                walker.value(K134, member, pointer + '/exchange_price')
        elif name == 'transaction_minimum':
            if not (type(member) is int and member >= 1 and member <= 10000000):
                walker.value(K135, member, pointer + '/transaction_minimum')
        else:
            walker.unknown(K133, name, pointer)

def _fired_14(value, pointer, walker):
    if 'mini_programs_appid' in value and 'mini_programs_path' in value:
        pass
    else:
        walker.then(K141, K142, value, pointer, value)

def _fired_15(value, pointer, walker):
    if 'mini_programs_appid' not in value and 'mini_programs_path' not in value:
        pass
    else:
        walker.then(K143, K144, value, pointer, value)

def _fired_16(value, pointer, walker):
    if 'mini_programs_appid' not in value and 'mini_programs_path' not in value:
        pass
    else:
        walker.then(K145, K146, value, pointer, value)

def _fired_17(value, pointer, walker):
    if 'mini_programs_appid' not in value and 'mini_programs_path' not in value:
        pass
    else:
        walker.then(K147, K148, value, pointer, value)

def _object_6(value, pointer, walker):
    if not ('coupon_available_time' in value and 'use_method' in value):
        walker.object(K101, value, pointer)
        return
    for name, member in value.items():
        if name == 'coupon_available_time':
            if type(member) is dict:
                _object_7(member, pointer + '/coupon_available_time', walker)
            else:
                walker.value(K102, member, pointer + '/coupon_available_time')
        elif name == 'fixed_normal_coupon':
            if type(member) is dict:
                _object_11(member, pointer + '/fixed_normal_coupon', walker)
            else:
                walker.value(K124, member, pointer + '/fixed_normal_coupon')
        elif name == 'discount_coupon':
            if type(member) is dict:
                _object_12(member, pointer + '/discount_coupon', walker)
            else:
                walker.value(K128, member, pointer + '/discount_coupon')
        elif name == 'exchange_coupon':
            if type(member) is dict:
                _object_13(member, pointer + '/exchange_coupon', walker)
            else:
                walker.value(K132, member, pointer + '/exchange_coupon')
        elif name == 'use_method':
            if not (type(member) is str and member in K137):
                walker.value(K136, member, pointer + '/use_method')
        elif name == 'mini_programs_appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K139.search(member) is not None):
                walker.value(K138, member, pointer + '/mini_programs_appid')
        elif name == 'mini_programs_path':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K140, member, pointer + '/mini_programs_path')
        else:
            walker.unknown(K101, name, pointer)
    if 'use_method' in value:
        found = value['use_method']
        try:
            fired = T0.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_18(value, pointer, walker):
    if not ('max_coupons_per_user' in value):
        walker.object(K150, value, pointer)
        return
    for name, member in value.items():
        if name == 'max_coupons':
            if not (type(member) is int and member >= 1 and member <= 1000000000):
                walker.value(K151, member, pointer + '/max_coupons')
        elif name == 'max_coupons_per_user':
            if not (type(member) is int and member >= 1 and member <= 100):
                walker.value(K152, member, pointer + '/max_coupons_per_user')
        elif name == 'max_coupons_by_day':
            if not (type(member) is int and member >= 1 and member <= 1000000000):
                walker.value(K153, member, pointer + '/max_coupons_by_day')
        elif name == 'natural_person_limit':
            if not (type(member) is bool):
                walker.value(K154, member, pointer + '/natural_person_limit')
        elif name == 'prevent_api_abuse':
            if not (type(member) is bool):
                walker.value(K155, member, pointer + '/prevent_api_abuse')
        else:
            walker.unknown(K150, name, pointer)

def _object_20(value, pointer, walker):
    if not ('mini_programs_appid' in value and 'mini_programs_path' in value and 'entrance_words' in value):
        walker.object(K160, value, pointer)
        return
    for name, member in value.items():
        if name == 'mini_programs_appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K162.search(member) is not None):
                walker.value(K161, member, pointer + '/mini_programs_appid')
        elif name == 'mini_programs_path':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K163, member, pointer + '/mini_programs_path')
        elif name == 'entrance_words':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 5):
                walker.value(K164, member, pointer + '/entrance_words')
        elif name == 'guiding_words':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 6):
                walker.value(K165, member, pointer + '/guiding_words')
        else:
            walker.unknown(K160, name, pointer)

def _object_19(value, pointer, walker):
    for name, member in value.items():
        if name == 'mini_programs_info':
            if type(member) is dict:
                _object_20(member, pointer + '/mini_programs_info', walker)
            else:
                walker.value(K159, member, pointer + '/mini_programs_info')
        elif name == 'appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 32 and K167.search(member) is not None):
                walker.value(K166, member, pointer + '/appid')
        elif name == 'hall_id':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 64):
                walker.value(K168, member, pointer + '/hall_id')
        elif name == 'store_id':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 64):
                walker.value(K169, member, pointer + '/store_id')
        elif name == 'code_display_mode':
            if not (type(member) is str and member in K171):
                walker.value(K170, member, pointer + '/code_display_mode')
        else:
            walker.unknown(K158, name, pointer)

def _object_21(value, pointer, walker):
    for name, member in value.items():
        if name == 'description':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 1000):
                walker.value(K174, member, pointer + '/description')
        elif name == 'merchant_logo_url':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K176.search(member) is not None):
                walker.value(K175, member, pointer + '/merchant_logo_url')
        elif name == 'merchant_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 16):
                walker.value(K177, member, pointer + '/merchant_name')
        elif name == 'background_color':
            if not (type(member) is str and K179.search(member) is not None):
                walker.value(K178, member, pointer + '/background_color')
        elif name == 'coupon_image_url':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128 and K181.search(member) is not None):
                walker.value(K180, member, pointer + '/coupon_image_url')
        else:
            walker.unknown(K173, name, pointer)

def _object_22(value, pointer, walker):
    for name, member in value.items():
        if name == 'notify_appid':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 64 and K187.search(member) is not None):
                walker.value(K186, member, pointer + '/notify_appid')
        else:
            walker.unknown(K185, name, pointer)

def _fired_23(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' in m1:
            pass
        else:
            walker.then(K188, K190, m1, p1, value)
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'discount_coupon' not in m1 and 'exchange_coupon' not in m1:
            pass
        else:
            walker.then(K191, K193, m1, p1, value)

def _fired_24(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'discount_coupon' in m1:
            pass
        else:
            walker.then(K194, K196, m1, p1, value)
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' not in m1 and 'exchange_coupon' not in m1:
            pass
        else:
            walker.then(K197, K199, m1, p1, value)

def _fired_25(value, pointer, walker):
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'exchange_coupon' in m1:
            pass
        else:
            walker.then(K200, K202, m1, p1, value)
    m1 = value.get('coupon_use_rule')
    if type(m1) is dict:
        p1 = pointer + '/coupon_use_rule'
        if 'fixed_normal_coupon' not in m1 and 'discount_coupon' not in m1:
            pass
        else:
            walker.then(K203, K205, m1, p1, value)

def _object_5(value, pointer, walker):
    if not ('stock_name' in value and 'belong_merchant' in value and 'goods_name' in value and 'stock_type' in value and 'coupon_use_rule' in value and 'stock_send_rule' in value and 'out_request_no' in value and 'coupon_code_mode' in value):
        walker.object(K92, value, pointer)
        return
    for name, member in value.items():
        if name == 'stock_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 21):
                walker.value(K93, member, pointer + '/stock_name')
        elif name == 'belong_merchant':
            if not (type(member) is str and len(member) >= 8 and len(member) <= 15 and K95.search(member) is not None):
                walker.value(K94, member, pointer + '/belong_merchant')
        elif name == 'comment':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 20):
                walker.value(K96, member, pointer + '/comment')
        elif name == 'goods_name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 15):
                walker.value(K97, member, pointer + '/goods_name')
        elif name == 'stock_type':
            if not (type(member) is str and member in K99):
                walker.value(K98, member, pointer + '/stock_type')
        elif name == 'coupon_use_rule':
            if type(member) is dict:
                _object_6(member, pointer + '/coupon_use_rule', walker)
            else:
                walker.value(K100, member, pointer + '/coupon_use_rule')
        elif name == 'stock_send_rule':
            if type(member) is dict:
                _object_18(member, pointer + '/stock_send_rule', walker)
            else:
                walker.value(K149, member, pointer + '/stock_send_rule')
        elif name == 'out_request_no':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 128):
                walker.value(K156, member, pointer + '/out_request_no')
        elif name == 'custom_entrance':
            if type(member) is dict:
                _object_19(member, pointer + '/custom_entrance', walker)
            else:
                walker.value(K157, member, pointer + '/custom_entrance')
        elif name == 'display_pattern_info':
            if type(member) is dict:
                _object_21(member, pointer + '/display_pattern_info', walker)
            else:
                walker.value(K172, member, pointer + '/display_pattern_info')
        elif name == 'coupon_code_mode':
            if not (type(member) is str and member in K183):
                walker.value(K182, member, pointer + '/coupon_code_mode')
        elif name == 'notify_config':
            if type(member) is dict:
                _object_22(member, pointer + '/notify_config', walker)
            else:
                walker.value(K184, member, pointer + '/notify_config')
        else:
            walker.unknown(K92, name, pointer)
    if 'stock_type' in value:
        found = value['stock_type']
        try:
            fired = T1.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_0(value, pointer, walker):
    if not ('coupon_data' in value):
        walker.object(K0, value, pointer)
        return
    for name, member in value.items():
        known = K206.get(name)
        if known is None:
            walker.unknown(K0, name, pointer)
        else:
            if known < 28:
                if known < 14:
                    if known < 7:
                        if known < 3:
                            if known < 1:
                                if not (type(member) is str):
                                    walker.value(K1, member, pointer + '/coupon_name')
                            else:
                                if known < 2:
                                    if not (type(member) is int and member in K3):
                                        walker.value(K2, member, pointer + '/coupon_type')
                                else:
                                    if not (type(member) is str and member in K5):
                                        walker.value(K4, member, pointer + '/discount_type')
                        else:
                            if known < 5:
                                if known < 4:
                                    if not (type(member) is str):
                                        walker.value(K6, member, pointer + '/stock_id')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K7, member, pointer + '/creator')
                            else:
                                if known < 6:
                                    if not (type(member) is str):
                                        walker.value(K8, member, pointer + '/merchant_brand')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K9, member, pointer + '/merchant_creator')
                    else:
                        if known < 10:
                            if known < 8:
                                if not (type(member) is str):
                                    walker.value(K10, member, pointer + '/comment')
                            else:
                                if known < 9:
                                    if not (type(member) is str):
                                        walker.value(K11, member, pointer + '/start_datetime')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K12, member, pointer + '/end_datetime')
                        else:
                            if known < 12:
                                if known < 11:
                                    if not (type(member) is int):
                                        walker.value(K13, member, pointer + '/effective_day')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K14, member, pointer + '/orig_sale_start_datetime')
                            else:
                                if known < 13:
                                    if not (type(member) is str):
                                        walker.value(K15, member, pointer + '/orig_sale_end_datetime')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K16, member, pointer + '/sale_start_datetime')
                else:
                    if known < 21:
                        if known < 17:
                            if known < 15:
                                if not (type(member) is str):
                                    walker.value(K17, member, pointer + '/sale_end_datetime')
                            else:
                                if known < 16:
                                    if not (type(member) is str):
                                        walker.value(K18, member, pointer + '/sale_time_info')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K19, member, pointer + '/effective_time')
                        else:
                            if known < 19:
                                if known < 18:
                                    if not (type(member) is str):
                                        walker.value(K20, member, pointer + '/coupon_type_name')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K21, member, pointer + '/discount_type_name')
                            else:
                                if known < 20:
                                    if not (type(member) is int):
                                        walker.value(K22, member, pointer + '/mini_amount')
                                else:
                                    if not (type(member) is str and K24.search(member) is not None):
                                        walker.value(K23, member, pointer + '/app_id')
                    else:
                        if known < 24:
                            if known < 22:
                                if not (type(member) is int):
                                    walker.value(K25, member, pointer + '/discount')
                            else:
                                if known < 23:
                                    if not (type(member) is str):
                                        walker.value(K26, member, pointer + '/item_names')
                                else:
                                    if type(member) is list:
                                        base = pointer + '/goods_list'
                                        for index, item in enumerate(member):
                                            if type(item) is dict:
                                                _object_1(item, f"{base}/{index}", walker)
                                            else:
                                                walker.value(K28, item, f"{base}/{index}")
                                    else:
                                        walker.value(K27, member, pointer + '/goods_list')
                        else:
                            if known < 26:
                                if known < 25:
                                    if not (type(member) is str):
                                        walker.value(K38, member, pointer + '/store_names')
                                else:
                                    if type(member) is list and K40(member):
                                        base = pointer + '/store_list'
                                        for index, item in enumerate(member):
                                            if not (type(item) is str):
                                                walker.value(K41, item, f"{base}/{index}")
                                    else:
                                        walker.value(K39, member, pointer + '/store_list')
                            else:
                                if known < 27:
                                    if not (type(member) is str):
                                        walker.value(K42, member, pointer + '/description')
                                else:
                                    if not (type(member) is str and K44.search(member) is not None):
                                        walker.value(K43, member, pointer + '/logo_img_url')
            else:
                if known < 42:
                    if known < 35:
                        if known < 31:
                            if known < 29:
                                if not (type(member) is str):
                                    walker.value(K45, member, pointer + '/back_color')
                            else:
                                if known < 30:
                                    if not (type(member) is int):
                                        walker.value(K46, member, pointer + '/total_num')
                                else:
                                    if not (type(member) is int and member >= 0):
                                        walker.value(K47, member, pointer + '/person_num')
                        else:
                            if known < 33:
                                if known < 32:
                                    if not (type(member) is int):
                                        walker.value(K48, member, pointer + '/can_sale_num')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K49, member, pointer + '/reason')
                            else:
                                if known < 34:
                                    if not (type(member) is int and member >= 0):
                                        walker.value(K50, member, pointer + '/day_num')
                                else:
                                    if not (type(member) is int and member >= 0):
                                        walker.value(K51, member, pointer + '/person_day_num')
                    else:
                        if known < 38:
                            if known < 36:
                                if not (type(member) is int):
                                    walker.value(K52, member, pointer + '/group_buy')
                            else:
                                if known < 37:
                                    if not (type(member) is int):
                                        walker.value(K53, member, pointer + '/group_buy_finished')
                                else:
                                    if not (type(member) is int and member >= 0):
                                        walker.value(K54, member, pointer + '/sell_price')
                        else:
                            if known < 40:
                                if known < 39:
                                    if not (type(member) is int):
                                        walker.value(K55, member, pointer + '/saled_num')
                                else:
                                    if not (type(member) is int):
                                        walker.value(K56, member, pointer + '/send_num')
                            else:
                                if known < 41:
                                    if not (type(member) is int):
                                        walker.value(K57, member, pointer + '/used_num')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K58, member, pointer + '/code_mode')
                else:
                    if known < 49:
                        if known < 45:
                            if known < 43:
                                if not (type(member) is int and member in K60):
                                    walker.value(K59, member, pointer + '/show_area')
                            else:
                                if known < 44:
                                    if not (type(member) is str and K62.search(member) is not None):
                                        walker.value(K61, member, pointer + '/coupon_img_url')
                                else:
                                    if not (type(member) is str and K64.search(member) is not None):
                                        walker.value(K63, member, pointer + '/show_img_url')
                        else:
                            if known < 47:
                                if known < 46:
                                    if not (type(member) is str and K66.search(member) is not None):
                                        walker.value(K65, member, pointer + '/topshow_img_url')
                                else:
                                    if not (type(member) is str):
                                        walker.value(K67, member, pointer + '/qr_img_url')
                            else:
                                if known < 48:
                                    if type(member) is list:
                                        base = pointer + '/pay_stock_list'
                                        for index, item in enumerate(member):
                                            if not (type(item) is str):
                                                walker.value(K69, item, f"{base}/{index}")
                                    else:
                                        walker.value(K68, member, pointer + '/pay_stock_list')
                                else:
                                    if type(member) is list:
                                        base = pointer + '/group_item_list'
                                        for index, item in enumerate(member):
                                            if type(item) is dict:
                                                _object_3(item, f"{base}/{index}", walker)
                                            else:
                                                walker.value(K71, item, f"{base}/{index}")
                                    else:
                                        walker.value(K70, member, pointer + '/group_item_list')
                    else:
                        if known < 52:
                            if known < 50:
                                if not (type(member) is int):
                                    walker.value(K77, member, pointer + '/pay_price')
                            else:
                                if known < 51:
                                    if not (type(member) is int):
                                        walker.value(K78, member, pointer + '/app_show')
                                else:
                                    if not (type(member) is bool):
                                        walker.value(K79, member, pointer + '/auto_app_show')
                        else:
                            if known < 54:
                                if known < 53:
                                    if not (type(member) is int):
                                        walker.value(K80, member, pointer + '/auto_app_show_pretime')
                                else:
                                    if type(member) is list:
                                        base = pointer + '/group_buy_list'
                                        for index, item in enumerate(member):
                                            if type(item) is dict:
                                                _object_4(item, f"{base}/{index}", walker)
                                            else:
                                                walker.value(K82, item, f"{base}/{index}")
                                    else:
                                        walker.value(K81, member, pointer + '/group_buy_list')
                            else:
                                if known < 55:
                                    if not (type(member) is str):
                                        walker.value(K90, member, pointer + '/status')
                                else:
                                    if type(member) is dict:
                                        _object_5(member, pointer + '/coupon_data', walker)
                                    else:
                                        walker.value(K91, member, pointer + '/coupon_data')

