# Generated from this API's schema by `python -m validator.schema.write_shipped`.
# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).
def _object_1(value, pointer, walker):
    if not ('promote_type' in value):
        walker.object(K5, value, pointer)
        return
    for name, member in value.items():
        if name == 'promote_type':
            if not (type(member) is int and member in K7):
                walker.value(K6, member, pointer + '/promote_type')
        else:
            walker.unknown(K5, name, pointer)

def _object_3(value, pointer, walker):
    for name, member in value.items():
        if name == 'product_cnt':
            if not (type(member) is int and member >= 1):
                walker.value(K12, member, pointer + '/product_cnt')
        elif name == 'product_ids':
            if type(member) is list and len(member) >= 1 and len(member) <= 2000 and K14(member):
                base = pointer + '/product_ids'
                for index, item in enumerate(member):
                    if not (type(item) is str and len(item) >= 1):
                        walker.value(K15, item, f"{base}/{index}")
            else:
                walker.value(K13, member, pointer + '/product_ids')
        elif name == 'product_price':
            if not (type(member) is int and member >= 1):
                walker.value(K16, member, pointer + '/product_price')
        else:
            walker.unknown(K11, name, pointer)

def _object_2(value, pointer, walker):
    for name, member in value.items():
        if name == 'discount_condition':
            if type(member) is dict:
                _object_3(member, pointer + '/discount_condition', walker)
            else:
                walker.value(K10, member, pointer + '/discount_condition')
        elif name == 'discount_fee':
            if not (type(member) is int and member >= 1 and member <= 20000):
                walker.value(K17, member, pointer + '/discount_fee')
        elif name == 'discount_num':
            if not (type(member) is int and member >= 2000 and member <= 10000 and member % 100 == 0):
                walker.value(K18, member, pointer + '/discount_num')
        else:
            walker.unknown(K9, name, pointer)

def _object_4(value, pointer, walker):
    if not ('start_time' in value and 'end_time' in value and 'limit_num_one_person' in value and 'total_num' in value):
        walker.object(K20, value, pointer)
        return
    for name, member in value.items():
        if name == 'start_time':
            if not (type(member) is int):
                walker.value(K21, member, pointer + '/start_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K22, member, pointer + '/end_time')
        elif name == 'limit_num_one_person':
            if not (type(member) is int and member >= 1):
                walker.value(K23, member, pointer + '/limit_num_one_person')
        elif name == 'total_num':
            if not (type(member) is int and member >= 1):
                walker.value(K24, member, pointer + '/total_num')
        else:
            walker.unknown(K20, name, pointer)

def _fired_6(value, pointer, walker):
    if 'start_time' in value and 'end_time' in value:
        pass
    else:
        walker.then(K32, K33, value, pointer, value)

def _fired_7(value, pointer, walker):
    if 'valid_day_num' in value:
        pass
    else:
        walker.then(K34, K35, value, pointer, value)

def _object_5(value, pointer, walker):
    if not ('valid_type' in value):
        walker.object(K26, value, pointer)
        return
    for name, member in value.items():
        if name == 'valid_type':
            if not (type(member) is int and member in K28):
                walker.value(K27, member, pointer + '/valid_type')
        elif name == 'start_time':
            if not (type(member) is int):
                walker.value(K29, member, pointer + '/start_time')
        elif name == 'end_time':
            if not (type(member) is int):
                walker.value(K30, member, pointer + '/end_time')
        elif name == 'valid_day_num':
            if not (type(member) is int and member >= 1):
                walker.value(K31, member, pointer + '/valid_day_num')
        else:
            walker.unknown(K26, name, pointer)
    if 'valid_type' in value:
        found = value['valid_type']
        try:
            fired = T0.get((type(found), found))
        except TypeError:
            fired = None
        if fired is not None:
            fired(value, pointer, walker)

def _object_8(value, pointer, walker):
    for name, member in value.items():
        if name == 'jump_product_id':
            if not (type(member) is str and len(member) >= 1):
                walker.value(K38, member, pointer + '/jump_product_id')
        elif name == 'notes':
            if not (type(member) is str):
                walker.value(K39, member, pointer + '/notes')
        else:
            walker.unknown(K37, name, pointer)

def _object_9(value, pointer, walker):
    for name, member in value.items():
        if name == 'auto_valid_type':
            if not (type(member) is int and member >= 0 and member <= 1):
                walker.value(K42, member, pointer + '/auto_valid_type')
        else:
            walker.unknown(K41, name, pointer)

def _fired_10(value, pointer, walker):
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
                        walker.then(K43, K46, m3, p3, value)
            else:
                walker.then(K43, K45, m1, p1, value)
    else:
        walker.then(K43, K44, value, pointer, value)

def _fired_11(value, pointer, walker):
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
                        walker.then(K47, K50, m3, p3, value)
            else:
                walker.then(K47, K49, m1, p1, value)
    else:
        walker.then(K47, K48, value, pointer, value)

def _fired_12(value, pointer, walker):
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
                        walker.then(K51, K54, m3, p3, value)
            else:
                walker.then(K51, K53, m1, p1, value)
    else:
        walker.then(K51, K52, value, pointer, value)

def _fired_13(value, pointer, walker):
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
                        walker.then(K55, K58, m3, p3, value)
            else:
                walker.then(K55, K57, m1, p1, value)
    else:
        walker.then(K55, K56, value, pointer, value)

def _fired_14(value, pointer, walker):
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
                        walker.then(K59, K62, m3, p3, value)
            else:
                walker.then(K59, K61, m1, p1, value)
    else:
        walker.then(K59, K60, value, pointer, value)

def _fired_15(value, pointer, walker):
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
                        walker.then(K63, K66, m3, p3, value)
            else:
                walker.then(K63, K65, m1, p1, value)
    else:
        walker.then(K63, K64, value, pointer, value)

def _fired_16(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_num' in m1:
                pass
            else:
                walker.then(K67, K69, m1, p1, value)
    else:
        walker.then(K67, K68, value, pointer, value)

def _fired_17(value, pointer, walker):
    if 'discount_info' in value:
        m1 = value.get('discount_info')
        if type(m1) is dict:
            p1 = pointer + '/discount_info'
            if 'discount_fee' in m1:
                pass
            else:
                walker.then(K70, K72, m1, p1, value)
    else:
        walker.then(K70, K71, value, pointer, value)

def _object_0(value, pointer, walker):
    if not ('type' in value and 'name' in value and 'promote_info' in value and 'receive_info' in value):
        walker.object(K0, value, pointer)
        return
    for name, member in value.items():
        if name == 'type':
            if not (type(member) is int and member in K2):
                walker.value(K1, member, pointer + '/type')
        elif name == 'name':
            if not (type(member) is str and len(member) >= 1 and len(member) <= 10):
                walker.value(K3, member, pointer + '/name')
        elif name == 'promote_info':
            if type(member) is dict:
                _object_1(member, pointer + '/promote_info', walker)
            else:
                walker.value(K4, member, pointer + '/promote_info')
        elif name == 'discount_info':
            if type(member) is dict:
                _object_2(member, pointer + '/discount_info', walker)
            else:
                walker.value(K8, member, pointer + '/discount_info')
        elif name == 'receive_info':
            if type(member) is dict:
                _object_4(member, pointer + '/receive_info', walker)
            else:
                walker.value(K19, member, pointer + '/receive_info')
        elif name == 'valid_info':
            if type(member) is dict:
                _object_5(member, pointer + '/valid_info', walker)
            else:
                walker.value(K25, member, pointer + '/valid_info')
        elif name == 'ext_info':
            if type(member) is dict:
                _object_8(member, pointer + '/ext_info', walker)
            else:
                walker.value(K36, member, pointer + '/ext_info')
        elif name == 'auto_valid_info':
            if type(member) is dict:
                _object_9(member, pointer + '/auto_valid_info', walker)
            else:
                walker.value(K40, member, pointer + '/auto_valid_info')
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

