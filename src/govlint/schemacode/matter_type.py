# Generated from schemas/matter-type.schema.json by fastjsonschema 2.22.3; do not edit.
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
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'name', 'tier', 'source', 'handledBy']) - data.keys()
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
            if not (isinstance(data__kind, str) and data__kind == 'MatterType'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: MatterType', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
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
        if 'description' in data_keys:
            data_keys.remove('description')
            data__description = data['description']
            validate_common_schema_json___defs_text(data__description, custom_formats, (name_prefix or 'data') + '.description')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if 'handledBy' in data_keys:
            data_keys.remove('handledBy')
            data__handledBy = data['handledBy']
            validate_common_schema_json___defs_sourcedref(data__handledBy, custom_formats, (name_prefix or 'data') + '.handledBy')
        if 'escalation' in data_keys:
            data_keys.remove('escalation')
            data__escalation = data['escalation']
            if not isinstance(data__escalation, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation must be object', value=data__escalation, name='' + (name_prefix or 'data') + '.escalation', definition=None, rule='type')
            data__escalation_is_dict = isinstance(data__escalation, dict)
            if data__escalation_is_dict:
                data__escalation__missing_keys = set(['steps', 'source']) - data__escalation.keys()
                if data__escalation__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation must contain ' + (str(sorted(data__escalation__missing_keys)) + ' properties'), value=data__escalation, name='' + (name_prefix or 'data') + '.escalation', definition=None, rule='required')
                data__escalation_keys = set(data__escalation.keys())
                if 'source' in data__escalation_keys:
                    data__escalation_keys.remove('source')
                    data__escalation__source = data__escalation['source']
                    validate_common_schema_json___defs_source(data__escalation__source, custom_formats, (name_prefix or 'data') + '.escalation.source')
                if 'steps' in data__escalation_keys:
                    data__escalation_keys.remove('steps')
                    data__escalation__steps = data__escalation['steps']
                    if not isinstance(data__escalation__steps, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation.steps must be array', value=data__escalation__steps, name='' + (name_prefix or 'data') + '.escalation.steps', definition=None, rule='type')
                    data__escalation__steps_is_list = isinstance(data__escalation__steps, (list, tuple))
                    if data__escalation__steps_is_list:
                        data__escalation__steps_len = len(data__escalation__steps)
                        if data__escalation__steps_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation.steps must contain at least 1 items', value=data__escalation__steps, name='' + (name_prefix or 'data') + '.escalation.steps', definition=None, rule='minItems')
                        for data__escalation__steps_x, data__escalation__steps_item in enumerate(data__escalation__steps):
                            if not isinstance(data__escalation__steps_item, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}]'.format(**locals()) + ' must be object', value=data__escalation__steps_item, name='' + (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}]'.format(**locals()) + '', definition=None, rule='type')
                            data__escalation__steps_item_is_dict = isinstance(data__escalation__steps_item, dict)
                            if data__escalation__steps_item_is_dict:
                                data__escalation__steps_item__missing_keys = set(['to', 'trigger']) - data__escalation__steps_item.keys()
                                if data__escalation__steps_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__escalation__steps_item__missing_keys)) + ' properties'), value=data__escalation__steps_item, name='' + (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}]'.format(**locals()) + '', definition=None, rule='required')
                                data__escalation__steps_item_keys = set(data__escalation__steps_item.keys())
                                if 'to' in data__escalation__steps_item_keys:
                                    data__escalation__steps_item_keys.remove('to')
                                    data__escalation__steps_item__to = data__escalation__steps_item['to']
                                    validate_common_schema_json___defs_id(data__escalation__steps_item__to, custom_formats, (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}].to'.format(**locals()))
                                if 'trigger' in data__escalation__steps_item_keys:
                                    data__escalation__steps_item_keys.remove('trigger')
                                    data__escalation__steps_item__trigger = data__escalation__steps_item['trigger']
                                    validate_common_schema_json___defs_text(data__escalation__steps_item__trigger, custom_formats, (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}].trigger'.format(**locals()))
                                if 'source' in data__escalation__steps_item_keys:
                                    data__escalation__steps_item_keys.remove('source')
                                    data__escalation__steps_item__source = data__escalation__steps_item['source']
                                    validate_common_schema_json___defs_source(data__escalation__steps_item__source, custom_formats, (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}].source'.format(**locals()))
                                if data__escalation__steps_item_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}]'.format(**locals()) + ' must not contain ' + str(data__escalation__steps_item_keys) + ' properties', value=data__escalation__steps_item, name='' + (name_prefix or 'data') + '.escalation.steps[{data__escalation__steps_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
                if data__escalation_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.escalation must not contain ' + str(data__escalation_keys) + ' properties', value=data__escalation, name='' + (name_prefix or 'data') + '.escalation', definition=None, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
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
