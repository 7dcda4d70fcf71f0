# Generated from this API's schema by `python -m validator.schema.write_shipped`.
# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).
def _object_2(value, pointer, walker):
    for name, member in value.items():
        if name == 'product_cnt':
            if not (type(member) is int and member >= 1):
                walker.value(K8, member, pointer + '/product_cnt')
        elif name == 'product_ids':
            if type(member) is list and len(member) >= 1 and K10(member):
                base = pointer + '/product_ids'
                for index, item in enumerate(member):
                    if not (type(item) is int and item >= 1):
                        walker.value(K11, item, f"{base}/{index}")
            else:
                walker.value(K9, member, pointer + '/product_ids')
        elif name == 'product_price':
            if not (type(member) is int and member >= 1):
                walker.value(K12, member, pointer + '/product_price')
        else:
            walker.unknown(K7, name, pointer)

def _object_1(value, pointer, walker):
    for name, member in value.items():
        if name == 'discount_condition':
            if type(member) is dict:
                _object_2(member, pointer + '/discount_condition', walker)
            else:
                walker.value(K6, member, pointer + '/discount_condition')
        elif name == 'discount_fee':
            if not (type(member) is int and member >= 1):
                walker.value(K13, member, pointer + '/discount_fee')
        elif name == 'discount_num':
            if not (type(member) is int and member >= 1000 and member <= 10000 and member % 100 == 0):
                walker.value(K14, member, pointer + '/discount_num')
        else:
            walker.unknown(K5, name, pointer)

def _object_3(value, pointer, walker):
    if not ('valid_time' in value and 'invalid_time' in value):
        walker.object(K16, value, pointer)
        return
    for name, member in value.items():
        if name == 'valid_time':
            if not (type(member) is int):
                walker.value(K17, member, pointer + '/valid_time')
        elif name == 'invalid_time':
            if not (type(member) is int):
                walker.value(K18, member, pointer + '/invalid_time')
        elif name == 'jump_product_id':
            if not (type(member) is int and member >= 1):
                walker.value(K19, member, pointer + '/jump_product_id')
        elif name == 'notes':
            if not (type(member) is str):
                walker.value(K20, member, pointer + '/notes')
        else:
            walker.unknown(K16, name, pointer)

def _object_4(value, pointer, walker):
    if not ('promote_type' in value and 'customize_channel' in value):
        walker.object(K22, value, pointer)
        return
    for name, member in value.items():
        if name == 'promote_type':
            if not (type(member) is int and member in K24):
                walker.value(K23, member, pointer + '/promote_type')
        elif name == 'customize_channel':
            if not (type(member) is str):
                walker.value(K25, member, pointer + '/customize_channel')
        else:
            walker.unknown(K22, name, pointer)

def _object_5(value, pointer, walker):
    if not ('start_time' in value and 'end_time' in value and 'limit_num_one_person' in value and 'total_num' in value):
        walker.object(K27, value, pointer)
        return
    for name, member in value.items():
        if name == 'start_time':
            if not (type(member) is int):
                walker.value(K28, member, pointer + '/start_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K29, member, pointer + '/end_time')
        elif name == 'limit_num_one_person':
            if not (type(member) is int and member >= 1):
                walker.value(K30, member, pointer + '/limit_num_one_person')
        elif name == 'total_num':
            if not (type(member) is int and member >= 1):
                walker.value(K31, member, pointer + '/total_num')
        else:
            walker.unknown(K27, name, pointer)

def _fired_7(value, pointer, walker):
    if 'start_time' in value and 'end_time' in value:
        pass
    else:
        walker.then(K39, K40, value, pointer, value)
    if 'valid_day_num' not in value:
        pass
    else:
        walker.then(K41, K42, value, pointer, value)

def _fired_8(value, pointer, walker):
    if 'valid_day_num' in value:
        pass
    else:
        walker.then(K43, K44, value, pointer, value)
    if 'start_time' not in value and 'end_time' not in value:
        pass
    else:
        walker.then(K45, K46, value, pointer, value)

def _object_6(value, pointer, walker):
    if not ('valid_type' in value):
        walker.object(K33, value, pointer)
        return
    for name, member in value.items():
        if name == 'valid_type':
            if not (type(member) is int and member in K35):
                walker.value(K34, member, pointer + '/valid_type')
        elif name == 'start_time':
            if not (type(member) is int):
                walker.value(K36, member, pointer + '/start_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K37, member, pointer + '/end_time')
        elif name == 'valid_day_num':
            if not (type(member) is int and member >= 1):
                walker.value(K38, member, pointer + '/valid_day_num')
        else:
            walker.unknown(K33, name, pointer)
    if 'valid_type' in value:
        found = value['valid_type']
        try:
            fired = T0.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _fired_9(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_condition' in m1 and 'discount_num' in m1:
                m3 = m1.get('discount_condition')
                if type(m3) is dict:
                    p3 = p1 + '/discount_condition'
                    if 'product_ids' in m3 and 'product_cnt' in m3:
                        pass
                    else:
                        walker.then(K47, K50, m3, p3, value)
            else:
                walker.then(K47, K49, m1, p1, value)
    else:
        walker.then(K47, K48, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_fee' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_price' not in m2:
                    pass
                else:
                    walker.then(K51, K54, m2, p2, value)
        else:
            walker.then(K51, K53, m1, p1, value)

def _fired_10(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_condition' in m1 and 'discount_fee' in m1:
                m3 = m1.get('discount_condition')
                if type(m3) is dict:
                    p3 = p1 + '/discount_condition'
                    if 'product_ids' in m3 and 'product_price' in m3:
                        pass
                    else:
                        walker.then(K55, K58, m3, p3, value)
            else:
                walker.then(K55, K57, m1, p1, value)
    else:
        walker.then(K55, K56, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_num' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_cnt' not in m2:
                    pass
                else:
                    walker.then(K59, K62, m2, p2, value)
        else:
            walker.then(K59, K61, m1, p1, value)

def _fired_11(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_condition' in m1 and 'discount_num' in m1:
                m3 = m1.get('discount_condition')
                if type(m3) is dict:
                    p3 = p1 + '/discount_condition'
                    if 'product_ids' in m3:
                        pass
                    else:
                        walker.then(K63, K66, m3, p3, value)
            else:
                walker.then(K63, K65, m1, p1, value)
    else:
        walker.then(K63, K64, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_fee' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_cnt' not in m2 and 'product_price' not in m2:
                    pass
                else:
                    walker.then(K67, K70, m2, p2, value)
        else:
            walker.then(K67, K69, m1, p1, value)

def _fired_12(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_condition' in m1 and 'discount_fee' in m1:
                m3 = m1.get('discount_condition')
                if type(m3) is dict:
                    p3 = p1 + '/discount_condition'
                    if 'product_ids' in m3:
                        pass
                    else:
                        walker.then(K71, K74, m3, p3, value)
            else:
                walker.then(K71, K73, m1, p1, value)
    else:
        walker.then(K71, K72, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_num' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_cnt' not in m2 and 'product_price' not in m2:
                    pass
                else:
                    walker.then(K75, K78, m2, p2, value)
        else:
            walker.then(K75, K77, m1, p1, value)

def _fired_13(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_condition' in m1 and 'discount_num' in m1:
                m3 = m1.get('discount_condition')
                if type(m3) is dict:
                    p3 = p1 + '/discount_condition'
                    if 'product_cnt' in m3:
                        pass
                    else:
                        walker.then(K79, K82, m3, p3, value)
            else:
                walker.then(K79, K81, m1, p1, value)
    else:
        walker.then(K79, K80, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_fee' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_ids' not in m2 and 'product_price' not in m2:
                    pass
                else:
                    walker.then(K83, K86, m2, p2, value)
        else:
            walker.then(K83, K85, m1, p1, value)

def _fired_14(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_condition' in m1 and 'discount_fee' in m1:
                m3 = m1.get('discount_condition')
                if type(m3) is dict:
                    p3 = p1 + '/discount_condition'
                    if 'product_price' in m3:
                        pass
                    else:
                        walker.then(K87, K90, m3, p3, value)
            else:
                walker.then(K87, K89, m1, p1, value)
    else:
        walker.then(K87, K88, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_num' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_ids' not in m2 and 'product_cnt' not in m2:
                    pass
                else:
                    walker.then(K91, K94, m2, p2, value)
        else:
            walker.then(K91, K93, m1, p1, value)

def _fired_15(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_num' in m1:
                pass
            else:
                walker.then(K95, K97, m1, p1, value)
    else:
        walker.then(K95, K96, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_fee' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_ids' not in m2 and 'product_cnt' not in m2 and 'product_price' not in m2:
                    pass
                else:
                    walker.then(K98, K101, m2, p2, value)
        else:
            walker.then(K98, K100, m1, p1, value)

def _fired_16(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_fee' in m1:
                pass
            else:
                walker.then(K102, K104, m1, p1, value)
    else:
        walker.then(K102, K103, value, pointer, value)
    m1 = value.get('discount_info')
    if type(m1) is dict:
        p1 = pointer + '/discount_info'
        if 'discount_num' not in m1:
            m2 = m1.get('discount_condition')
            if type(m2) is dict:
                p2 = p1 + '/discount_condition'
                if 'product_ids' not in m2 and 'product_cnt' not in m2 and 'product_price' not in m2:
                    pass
                else:
                    walker.then(K105, K108, m2, p2, value)
        else:
            walker.then(K105, K107, m1, p1, value)

def _object_0(value, pointer, walker):
    if not ('type' in value and 'name' in value and 'ext_info' in value and 'promote_info' in value and 'receive_info' in value and 'valid_info' in value):
        walker.object(K0, value, pointer)
        return
    for name, member in value.items():
        if name == 'type':
            if not (type(member) is int and member in K2):
                walker.value(K1, member, pointer + '/type')
        elif name == 'name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 10):
                walker.value(K3, member, pointer + '/name')
        elif name == 'discount_info':
            if type(member) is dict:
                _object_1(member, pointer + '/discount_info', walker)
            else:
                walker.value(K4, member, pointer + '/discount_info')
        elif name == 'ext_info':
            if type(member) is dict:
                _object_3(member, pointer + '/ext_info', walker)
            else:
                walker.value(K15, member, pointer + '/ext_info')
        elif name == 'promote_info':
            if type(member) is dict:
                _object_4(member, pointer + '/promote_info', walker)
            else:
                walker.value(K21, member, pointer + '/promote_info')
        elif name == 'receive_info':
            if type(member) is dict:
                _object_5(member, pointer + '/receive_info', walker)
            else:
                walker.value(K26, member, pointer + '/receive_info')
        elif name == 'valid_info':
            if type(member) is dict:
                _object_6(member, pointer + '/valid_info', walker)
            else:
                walker.value(K32, member, pointer + '/valid_info')
        else:
            walker.unknown(K0, name, pointer)
    if 'type' in value:
        found = value['type']
        try:
            fired = T1.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

