# Generated from this API's schema by `python -m validator.schema.write_shipped`.
# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).
def _object_4(value, pointer, walker):
    if not ('nickname' in value):
        walker.object(K16, value, pointer)
        return
    for name, member in value.items():
        if name == 'nickname':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K17, member, pointer + '/nickname')
        else:
            walker.unknown(K16, name, pointer)

def _object_3(value, pointer, walker):
    if not ('promote_type' in value and 'finder' in value):
        walker.object(K12, value, pointer)
        return
    for name, member in value.items():
        if name == 'promote_type':
            if not (type(member) is int and member in K14):
                walker.value(K13, member, pointer + '/promote_type')
        elif name == 'finder':
            if type(member) is dict:
                _object_4(member, pointer + '/finder', walker)
            else:
                walker.value(K15, member, pointer + '/finder')
        else:
            walker.unknown(K12, name, pointer)

def _object_7(value, pointer, walker):
    for name, member in value.items():
        if name == 'out_product_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K29, member, pointer + '/out_product_id')
        elif name == 'price':
            if not (type(member) is int and member >= 0):
                walker.value(K30, member, pointer + '/price')
        else:
            walker.unknown(K28, name, pointer)

def _object_8(value, pointer, walker):
    for name, member in value.items():
        if name == 'buy_out_product_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K33, member, pointer + '/buy_out_product_id')
        elif name == 'buy_product_cnt':
            if not (type(member) is int and member >= 1 and member <= 2147483647):
                walker.value(K34, member, pointer + '/buy_product_cnt')
        elif name == 'get_out_product_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K35, member, pointer + '/get_out_product_id')
        elif name == 'get_product_cnt':
            if not (type(member) is int and member >= 1 and member <= 2147483647):
                walker.value(K36, member, pointer + '/get_product_cnt')
        else:
            walker.unknown(K32, name, pointer)

def _object_6(value, pointer, walker):
    for name, member in value.items():
        if name == 'product_cnt':
            if not (type(member) is int and member >= 1):
                walker.value(K22, member, pointer + '/product_cnt')
        elif name == 'product_price':
            if not (type(member) is int and member >= 1):
                walker.value(K23, member, pointer + '/product_price')
        elif name == 'out_product_ids':
            if type(member) is list and len(member) >= 1 and len(member) <= 128 and K25(member):
                base = pointer + '/out_product_ids'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 1):
                        walker.value(K26, item, f"{base}/{index}")
            else:
                walker.value(K24, member, pointer + '/out_product_ids')
        elif name == 'tradein_info':
            if type(member) is dict:
                _object_7(member, pointer + '/tradein_info', walker)
            else:
                walker.value(K27, member, pointer + '/tradein_info')
        elif name == 'buyget_info':
            if type(member) is dict:
                _object_8(member, pointer + '/buyget_info', walker)
            else:
                walker.value(K31, member, pointer + '/buyget_info')
        else:
            walker.unknown(K21, name, pointer)

def _object_5(value, pointer, walker):
    for name, member in value.items():
        if name == 'discount_condition':
            if type(member) is dict:
                _object_6(member, pointer + '/discount_condition', walker)
            else:
                walker.value(K20, member, pointer + '/discount_condition')
        elif name == 'discount_num':
            if not (type(member) is int and member >= 2000 and member <= 10000 and member % 100 == 0):
                walker.value(K37, member, pointer + '/discount_num')
        elif name == 'discount_fee':
            if not (type(member) is int and member >= 1 and member <= 20000):
                walker.value(K38, member, pointer + '/discount_fee')
        else:
            walker.unknown(K19, name, pointer)

def _object_9(value, pointer, walker):
    if not ('start_time' in value and 'end_time' in value and 'limit_num_one_person' in value and 'total_num' in value):
        walker.object(K40, value, pointer)
        return
    for name, member in value.items():
        if name == 'start_time':
            if not (type(member) is int):
                walker.value(K41, member, pointer + '/start_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K42, member, pointer + '/end_time')
        elif name == 'limit_num_one_person':
            if not (type(member) is int and member >= 1):
                walker.value(K43, member, pointer + '/limit_num_one_person')
        elif name == 'total_num':
            if not (type(member) is int and member >= 1):
                walker.value(K44, member, pointer + '/total_num')
        else:
            walker.unknown(K40, name, pointer)

def _fired_11(value, pointer, walker):
    if 'start_time' in value and 'end_time' in value:
        pass
    else:
        walker.then(K53, K54, value, pointer, value)
    if 'valid_day_num' not in value and 'valid_second' not in value:
        pass
    else:
        walker.then(K55, K56, value, pointer, value)

def _fired_12(value, pointer, walker):
    if 'valid_day_num' in value:
        pass
    else:
        walker.then(K57, K58, value, pointer, value)
    if 'start_time' not in value and 'end_time' not in value and 'valid_second' not in value:
        pass
    else:
        walker.then(K59, K60, value, pointer, value)

def _fired_13(value, pointer, walker):
    if 'valid_second' in value:
        pass
    else:
        walker.then(K61, K62, value, pointer, value)
    if 'start_time' not in value and 'end_time' not in value and 'valid_day_num' not in value:
        pass
    else:
        walker.then(K63, K64, value, pointer, value)

def _object_10(value, pointer, walker):
    if not ('valid_type' in value):
        walker.object(K46, value, pointer)
        return
    for name, member in value.items():
        if name == 'valid_type':
            if not (type(member) is int and member in K48):
                walker.value(K47, member, pointer + '/valid_type')
        elif name == 'valid_day_num':
            if not (type(member) is int and member >= 1):
                walker.value(K49, member, pointer + '/valid_day_num')
        elif name == 'valid_second':
            if not (type(member) is int and member >= 1):
                walker.value(K50, member, pointer + '/valid_second')
        elif name == 'start_time':
            if not (type(member) is int):
                walker.value(K51, member, pointer + '/start_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K52, member, pointer + '/end_time')
        else:
            walker.unknown(K46, name, pointer)
    if 'valid_type' in value:
        found = value['valid_type']
        try:
            fired = T0.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_2(value, pointer, walker):
    if not ('name' in value and 'promote_info' in value and 'receive_info' in value and 'valid_info' in value):
        walker.object(K9, value, pointer)
        return
    for name, member in value.items():
        if name == 'name':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K10, member, pointer + '/name')
        elif name == 'promote_info':
            if type(member) is dict:
                _object_3(member, pointer + '/promote_info', walker)
            else:
                walker.value(K11, member, pointer + '/promote_info')
        elif name == 'discount_info':
            if type(member) is dict:
                _object_5(member, pointer + '/discount_info', walker)
            else:
                walker.value(K18, member, pointer + '/discount_info')
        elif name == 'receive_info':
            if type(member) is dict:
                _object_9(member, pointer + '/receive_info', walker)
            else:
                walker.value(K39, member, pointer + '/receive_info')
        elif name == 'valid_info':
            if type(member) is dict:
                _object_10(member, pointer + '/valid_info', walker)
            else:
                walker.value(K45, member, pointer + '/valid_info')
        else:
            walker.unknown(K9, name, pointer)

def _fired_14(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_num' in m2 and 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'out_product_ids' in m4:
                            pass
                        else:
                            walker.then(K65, K69, m4, p4, value)
                else:
                    walker.then(K65, K68, m2, p2, value)
        else:
            walker.then(K65, K67, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'product_cnt' in m4:
                            pass
                        else:
                            walker.then(K70, K74, m4, p4, value)
                else:
                    walker.then(K70, K73, m2, p2, value)
        else:
            walker.then(K70, K72, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_fee' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'product_price' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K75, K79, m3, p3, value)
            else:
                walker.then(K75, K78, m2, p2, value)

def _fired_15(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_fee' in m2 and 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'out_product_ids' in m4:
                            pass
                        else:
                            walker.then(K80, K84, m4, p4, value)
                else:
                    walker.then(K80, K83, m2, p2, value)
        else:
            walker.then(K80, K82, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'product_price' in m4:
                            pass
                        else:
                            walker.then(K85, K89, m4, p4, value)
                else:
                    walker.then(K85, K88, m2, p2, value)
        else:
            walker.then(K85, K87, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_num' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'product_cnt' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K90, K94, m3, p3, value)
            else:
                walker.then(K90, K93, m2, p2, value)

def _fired_16(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_num' in m2 and 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'out_product_ids' in m4:
                            pass
                        else:
                            walker.then(K95, K99, m4, p4, value)
                else:
                    walker.then(K95, K98, m2, p2, value)
        else:
            walker.then(K95, K97, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_fee' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'product_cnt' not in m3 and 'product_price' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K100, K104, m3, p3, value)
            else:
                walker.then(K100, K103, m2, p2, value)

def _fired_17(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_fee' in m2 and 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'out_product_ids' in m4:
                            pass
                        else:
                            walker.then(K105, K109, m4, p4, value)
                else:
                    walker.then(K105, K108, m2, p2, value)
        else:
            walker.then(K105, K107, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_num' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'product_cnt' not in m3 and 'product_price' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K110, K114, m3, p3, value)
            else:
                walker.then(K110, K113, m2, p2, value)

def _fired_18(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'tradein_info' in m4:
                            m6 = m4.get('tradein_info')
                            if type(m6) is dict:
                                p6 = p4 + '/tradein_info'
                                if 'out_product_id' in m6 and 'price' in m6:
                                    pass
                                else:
                                    walker.then(K115, K120, m6, p6, value)
                        else:
                            walker.then(K115, K119, m4, p4, value)
                else:
                    walker.then(K115, K118, m2, p2, value)
        else:
            walker.then(K115, K117, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'out_product_ids' in m4:
                            pass
                        else:
                            walker.then(K121, K125, m4, p4, value)
                else:
                    walker.then(K121, K124, m2, p2, value)
        else:
            walker.then(K121, K123, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_num' not in m2 and 'discount_fee' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K126, K130, m3, p3, value)
            else:
                walker.then(K126, K129, m2, p2, value)

def _fired_19(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'buyget_info' in m4:
                            m6 = m4.get('buyget_info')
                            if type(m6) is dict:
                                p6 = p4 + '/buyget_info'
                                if 'buy_out_product_id' in m6 and 'buy_product_cnt' in m6 and 'get_out_product_id' in m6 and 'get_product_cnt' in m6:
                                    pass
                                else:
                                    walker.then(K131, K136, m6, p6, value)
                        else:
                            walker.then(K131, K135, m4, p4, value)
                else:
                    walker.then(K131, K134, m2, p2, value)
        else:
            walker.then(K131, K133, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'out_product_ids' in m4:
                            pass
                        else:
                            walker.then(K137, K141, m4, p4, value)
                else:
                    walker.then(K137, K140, m2, p2, value)
        else:
            walker.then(K137, K139, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_num' not in m2 and 'discount_fee' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'tradein_info' not in m3:
                        pass
                    else:
                        walker.then(K142, K146, m3, p3, value)
            else:
                walker.then(K142, K145, m2, p2, value)

def _fired_20(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_num' in m2:
                    pass
                else:
                    walker.then(K147, K150, m2, p2, value)
        else:
            walker.then(K147, K149, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'product_cnt' in m4:
                            pass
                        else:
                            walker.then(K151, K155, m4, p4, value)
                else:
                    walker.then(K151, K154, m2, p2, value)
        else:
            walker.then(K151, K153, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_fee' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'out_product_ids' not in m3 and 'product_price' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K156, K160, m3, p3, value)
            else:
                walker.then(K156, K159, m2, p2, value)

def _fired_21(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_fee' in m2:
                    pass
                else:
                    walker.then(K161, K164, m2, p2, value)
        else:
            walker.then(K161, K163, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_condition' in m2:
                    m4 = m2.get('discount_condition')
                    if type(m4) is dict:
                        p4 = p2 + '/discount_condition'
                        if 'product_price' in m4:
                            pass
                        else:
                            walker.then(K165, K169, m4, p4, value)
                else:
                    walker.then(K165, K168, m2, p2, value)
        else:
            walker.then(K165, K167, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_num' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'out_product_ids' not in m3 and 'product_cnt' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K170, K174, m3, p3, value)
            else:
                walker.then(K170, K173, m2, p2, value)

def _fired_22(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_num' in m2:
                    pass
                else:
                    walker.then(K175, K178, m2, p2, value)
        else:
            walker.then(K175, K177, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_fee' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'out_product_ids' not in m3 and 'product_cnt' not in m3 and 'product_price' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K179, K183, m3, p3, value)
            else:
                walker.then(K179, K182, m2, p2, value)

def _fired_23(value, pointer, walker):
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        if 'discount_info' in m1:
            m2 = m1.get('discount_info')
            if type(m2) is dict:
                p2 = p1 + '/discount_info'
                if 'discount_fee' in m2:
                    pass
                else:
                    walker.then(K184, K187, m2, p2, value)
        else:
            walker.then(K184, K186, m1, p1, value)
    m1 = value.get('coupon_info')
    if type(m1) is dict:
        p1 = pointer + '/coupon_info'
        m2 = m1.get('discount_info')
        if type(m2) is dict:
            p2 = p1 + '/discount_info'
            if 'discount_num' not in m2:
                m3 = m2.get('discount_condition')
                if type(m3) is dict:
                    p3 = p2 + '/discount_condition'
                    if 'out_product_ids' not in m3 and 'product_cnt' not in m3 and 'product_price' not in m3 and 'tradein_info' not in m3 and 'buyget_info' not in m3:
                        pass
                    else:
                        walker.then(K188, K192, m3, p3, value)
            else:
                walker.then(K188, K191, m2, p2, value)

def _object_1(value, pointer, walker):
    if not ('out_coupon_id' in value and 'type' in value and 'promote_type' in value and 'coupon_info' in value):
        walker.object(K2, value, pointer)
        return
    for name, member in value.items():
        if name == 'out_coupon_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K3, member, pointer + '/out_coupon_id')
        elif name == 'type':
            if not (type(member) is int and member in K5):
                walker.value(K4, member, pointer + '/type')
        elif name == 'promote_type':
            if not (type(member) is int and member in K7):
                walker.value(K6, member, pointer + '/promote_type')
        elif name == 'coupon_info':
            if type(member) is dict:
                _object_2(member, pointer + '/coupon_info', walker)
            else:
                walker.value(K8, member, pointer + '/coupon_info')
        else:
            walker.unknown(K2, name, pointer)
    if 'type' in value:
        found = value['type']
        try:
            fired = T1.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_0(value, pointer, walker):
    if not ('coupon' in value):
        walker.object(K0, value, pointer)
        return
    for name, member in value.items():
        if name == 'coupon':
            if type(member) is dict:
                _object_1(member, pointer + '/coupon', walker)
            else:
                walker.value(K1, member, pointer + '/coupon')
        else:
            walker.unknown(K0, name, pointer)

