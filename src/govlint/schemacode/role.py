# Generated from schemas/role.schema.json by fastjsonschema 2.22.3; do not edit.
VERSION = '2.22.3'
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException
REGEX_PATTERNS = {'^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])'), '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])': re.compile('^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'), '^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])')}
NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'name', 'source']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='required')
        data_keys = set(data.keys())
        if 'apiVersion' in data_keys:
            data_keys.remove('apiVersion')
            data__apiVersion = data['apiVersion']
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'govlint/v1'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.apiVersion must be same as const definition: govlint/v1', value=data__apiVersion, name='' + (name_prefix or 'data') + '.apiVersion', definition=None, rule='const')
        if 'kind' in data_keys:
            data_keys.remove('kind')
            data__kind = data['kind']
            if not (isinstance(data__kind, str) and data__kind == 'Role'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: Role', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_common_schema_json___defs_id(data__id, custom_formats, (name_prefix or 'data') + '.id')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            validate_common_schema_json___defs_text(data__name, custom_formats, (name_prefix or 'data') + '.name')
        if 'tier' in data_keys:
            data_keys.remove('tier')
            data__tier = data['tier']
            validate_common_schema_json___defs_id(data__tier, custom_formats, (name_prefix or 'data') + '.tier')
        if 'party' in data_keys:
            data_keys.remove('party')
            data__party = data['party']
            validate_common_schema_json___defs_id(data__party, custom_formats, (name_prefix or 'data') + '.party')
        if 'heldBy' in data_keys:
            data_keys.remove('heldBy')
            data__heldBy = data['heldBy']
            if not isinstance(data__heldBy, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.heldBy must be array', value=data__heldBy, name='' + (name_prefix or 'data') + '.heldBy', definition=None, rule='type')
            data__heldBy_is_list = isinstance(data__heldBy, (list, tuple))
            if data__heldBy_is_list:
                data__heldBy_len = len(data__heldBy)
                for data__heldBy_x, data__heldBy_item in enumerate(data__heldBy):
                    validate_common_schema_json___defs_id(data__heldBy_item, custom_formats, (name_prefix or 'data') + '.heldBy[{data__heldBy_x}]'.format(**locals()))
        if 'namedBy' in data_keys:
            data_keys.remove('namedBy')
            data__namedBy = data['namedBy']
            validate_common_schema_json___defs_sourcedref(data__namedBy, custom_formats, (name_prefix or 'data') + '.namedBy')
        if 'providedBy' in data_keys:
            data_keys.remove('providedBy')
            data__providedBy = data['providedBy']
            validate_common_schema_json___defs_sourcedref(data__providedBy, custom_formats, (name_prefix or 'data') + '.providedBy')
        if 'serves' in data_keys:
            data_keys.remove('serves')
            data__serves = data['serves']
            if not isinstance(data__serves, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.serves must be array', value=data__serves, name='' + (name_prefix or 'data') + '.serves', definition=None, rule='type')
            data__serves_is_list = isinstance(data__serves, (list, tuple))
            if data__serves_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__serves_len = len(data__serves)
                if data__serves_len > len(set((fn(data__serves_x) for data__serves_x in data__serves))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.serves must contain unique items', value=data__serves, name='' + (name_prefix or 'data') + '.serves', definition=None, rule='uniqueItems')
                for data__serves_x, data__serves_item in enumerate(data__serves):
                    validate_common_schema_json___defs_id(data__serves_item, custom_formats, (name_prefix or 'data') + '.serves[{data__serves_x}]'.format(**locals()))
        if 'areas' in data_keys:
            data_keys.remove('areas')
            data__areas = data['areas']
            if not isinstance(data__areas, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas must be array', value=data__areas, name='' + (name_prefix or 'data') + '.areas', definition=None, rule='type')
            data__areas_is_list = isinstance(data__areas, (list, tuple))
            if data__areas_is_list:
                data__areas_len = len(data__areas)
                for data__areas_x, data__areas_item in enumerate(data__areas):
                    validate_common_schema_json___defs_text(data__areas_item, custom_formats, (name_prefix or 'data') + '.areas[{data__areas_x}]'.format(**locals()))
        if 'areasAreExamples' in data_keys:
            data_keys.remove('areasAreExamples')
            data__areasAreExamples = data['areasAreExamples']
            if not isinstance(data__areasAreExamples, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areasAreExamples must be boolean', value=data__areasAreExamples, name='' + (name_prefix or 'data') + '.areasAreExamples', definition=None, rule='type')
        if 'purpose' in data_keys:
            data_keys.remove('purpose')
            data__purpose = data['purpose']
            validate_common_schema_json___defs_text(data__purpose, custom_formats, (name_prefix or 'data') + '.purpose')
        if 'purposeSource' in data_keys:
            data_keys.remove('purposeSource')
            data__purposeSource = data['purposeSource']
            validate_common_schema_json___defs_source(data__purposeSource, custom_formats, (name_prefix or 'data') + '.purposeSource')
        if 'duties' in data_keys:
            data_keys.remove('duties')
            data__duties = data['duties']
            if not isinstance(data__duties, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.duties must be array', value=data__duties, name='' + (name_prefix or 'data') + '.duties', definition=None, rule='type')
            data__duties_is_list = isinstance(data__duties, (list, tuple))
            if data__duties_is_list:
                data__duties_len = len(data__duties)
                for data__duties_x, data__duties_item in enumerate(data__duties):
                    validate_common_schema_json___defs_duty(data__duties_item, custom_formats, (name_prefix or 'data') + '.duties[{data__duties_x}]'.format(**locals()))
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate_common_schema_json___defs_duty(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text', 'source']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='required')
        data_keys = set(data.keys())
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_common_schema_json___defs_localid(data__id, custom_formats, (name_prefix or 'data') + '.id')
        if 'text' in data_keys:
            data_keys.remove('text')
            data__text = data['text']
            validate_common_schema_json___defs_text(data__text, custom_formats, (name_prefix or 'data') + '.text')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if 'timing' in data_keys:
            data_keys.remove('timing')
            data__timing = data['timing']
            if not isinstance(data__timing, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timing must be object', value=data__timing, name='' + (name_prefix or 'data') + '.timing', definition=None, rule='type')
            data__timing_is_dict = isinstance(data__timing, dict)
            if data__timing_is_dict:
                data__timing__missing_keys = set(['from', 'to']) - data__timing.keys()
                if data__timing__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timing must contain ' + (str(sorted(data__timing__missing_keys)) + ' properties'), value=data__timing, name='' + (name_prefix or 'data') + '.timing', definition=None, rule='required')
                data__timing_keys = set(data__timing.keys())
                if 'from' in data__timing_keys:
                    data__timing_keys.remove('from')
                    data__timing__from = data__timing['from']
                    validate_common_schema_json___defs_month(data__timing__from, custom_formats, (name_prefix or 'data') + '.timing.from')
                if 'to' in data__timing_keys:
                    data__timing_keys.remove('to')
                    data__timing__to = data__timing['to']
                    validate_common_schema_json___defs_month(data__timing__to, custom_formats, (name_prefix or 'data') + '.timing.to')
                if 'source' in data__timing_keys:
                    data__timing_keys.remove('source')
                    data__timing__source = data__timing['source']
                    validate_common_schema_json___defs_source(data__timing__source, custom_formats, (name_prefix or 'data') + '.timing.source')
                if data__timing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timing must not contain ' + str(data__timing_keys) + ' properties', value=data__timing, name='' + (name_prefix or 'data') + '.timing', definition=None, rule='additionalProperties')
        if 'prepares' in data_keys:
            data_keys.remove('prepares')
            data__prepares = data['prepares']
            if not isinstance(data__prepares, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.prepares must be object', value=data__prepares, name='' + (name_prefix or 'data') + '.prepares', definition=None, rule='type')
            data__prepares_is_dict = isinstance(data__prepares, dict)
            if data__prepares_is_dict:
                data__prepares__missing_keys = set(['body', 'meeting', 'source']) - data__prepares.keys()
                if data__prepares__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.prepares must contain ' + (str(sorted(data__prepares__missing_keys)) + ' properties'), value=data__prepares, name='' + (name_prefix or 'data') + '.prepares', definition=None, rule='required')
                data__prepares_keys = set(data__prepares.keys())
                if 'body' in data__prepares_keys:
                    data__prepares_keys.remove('body')
                    data__prepares__body = data__prepares['body']
                    validate_common_schema_json___defs_id(data__prepares__body, custom_formats, (name_prefix or 'data') + '.prepares.body')
                if 'meeting' in data__prepares_keys:
                    data__prepares_keys.remove('meeting')
                    data__prepares__meeting = data__prepares['meeting']
                    validate_common_schema_json___defs_localid(data__prepares__meeting, custom_formats, (name_prefix or 'data') + '.prepares.meeting')
                if 'source' in data__prepares_keys:
                    data__prepares_keys.remove('source')
                    data__prepares__source = data__prepares['source']
                    validate_common_schema_json___defs_source(data__prepares__source, custom_formats, (name_prefix or 'data') + '.prepares.source')
                if data__prepares_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.prepares must not contain ' + str(data__prepares_keys) + ' properties', value=data__prepares, name='' + (name_prefix or 'data') + '.prepares', definition=None, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate_common_schema_json___defs_month(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, int) and (not (isinstance(data, float) and data.is_integer())) or isinstance(data, bool):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be integer', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, (int, float, Decimal)) and (not isinstance(data, bool)):
        if data < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be bigger than or equal to 1', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='minimum')
        if data > 12:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be smaller than or equal to 12', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='maximum')
    return data

def validate_common_schema_json___defs_localid(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 80:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 80 characters', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='maxLength')
        if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
    return data

def validate_common_schema_json___defs_source(data, custom_formats={}, name_prefix=None):
    data_one_of_count1 = 0
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['section']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='required')
                data_keys = set(data.keys())
                if 'section' in data_keys:
                    data_keys.remove('section')
                    data__section = data['section']
                    validate_common_schema_json___defs_localid(data__section, custom_formats, (name_prefix or 'data') + '.section')
                if 'quote' in data_keys:
                    data_keys.remove('quote')
                    data__quote = data['quote']
                    if not isinstance(data__quote, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.quote must be string', value=data__quote, name='' + (name_prefix or 'data') + '.quote', definition=None, rule='type')
                    if isinstance(data__quote, str):
                        data__quote_len = len(data__quote)
                        if data__quote_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.quote must be longer than or equal to 1 characters', value=data__quote, name='' + (name_prefix or 'data') + '.quote', definition=None, rule='minLength')
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['derived']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='required')
                data_keys = set(data.keys())
                if 'derived' in data_keys:
                    data_keys.remove('derived')
                    data__derived = data['derived']
                    if not isinstance(data__derived, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.derived must be string', value=data__derived, name='' + (name_prefix or 'data') + '.derived', definition=None, rule='type')
                    if isinstance(data__derived, str):
                        data__derived_len = len(data__derived)
                        if data__derived_len < 10:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.derived must be longer than or equal to 10 characters', value=data__derived, name='' + (name_prefix or 'data') + '.derived', definition=None, rule='minLength')
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 != 1:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be valid exactly by one definition' + (' (' + str(data_one_of_count1) + ' matches found)'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='oneOf')
    return data

def validate_common_schema_json___defs_sourcedref(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ref', 'source']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='required')
        data_keys = set(data.keys())
        if 'ref' in data_keys:
            data_keys.remove('ref')
            data__ref = data['ref']
            validate_common_schema_json___defs_id(data__ref, custom_formats, (name_prefix or 'data') + '.ref')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate_common_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain at least 1 properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='minProperties')
        data_keys = set(data.keys())
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
                if not isinstance(data_val, str):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + ' must be string', value=data_val, name='' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + '', definition=None, rule='type')
                if isinstance(data_val, str):
                    data_val_len = len(data_val)
                    if data_val_len < 1:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data_val, name='' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + '', definition=None, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate_common_schema_json___defs_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 120:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 120 characters', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='maxLength')
        if not REGEX_PATTERNS['^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
    return data
