# Generated from schemas/party.schema.json by fastjsonschema 2.22.3; do not edit.
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
            if not (isinstance(data__kind, str) and data__kind == 'Party'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: Party', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_common_schema_json___defs_id(data__id, custom_formats, (name_prefix or 'data') + '.id')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            validate_common_schema_json___defs_text(data__name, custom_formats, (name_prefix or 'data') + '.name')
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'municipality' or (isinstance(data__type, str) and data__type == 'joint-municipal-authority') or (isinstance(data__type, str) and data__type == 'wellbeing-services-county') or (isinstance(data__type, str) and data__type == 'region') or (isinstance(data__type, str) and data__type == 'state-agency') or (isinstance(data__type, str) and data__type == 'company') or (isinstance(data__type, str) and data__type == 'association') or (isinstance(data__type, str) and data__type == 'other')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".type must be one of ['municipality', 'joint-municipal-authority', 'wellbeing-services-county', 'region', 'state-agency', 'company', 'association', 'other']", value=data__type, name='' + (name_prefix or 'data') + '.type', definition=None, rule='enum')
        if 'signatory' in data_keys:
            data_keys.remove('signatory')
            data__signatory = data['signatory']
            if not isinstance(data__signatory, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.signatory must be boolean', value=data__signatory, name='' + (name_prefix or 'data') + '.signatory', definition=None, rule='type')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if 'organs' in data_keys:
            data_keys.remove('organs')
            data__organs = data['organs']
            if not isinstance(data__organs, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.organs must be array', value=data__organs, name='' + (name_prefix or 'data') + '.organs', definition=None, rule='type')
            data__organs_is_list = isinstance(data__organs, (list, tuple))
            if data__organs_is_list:
                data__organs_len = len(data__organs)
                for data__organs_x, data__organs_item in enumerate(data__organs):
                    if not isinstance(data__organs_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.organs[{data__organs_x}]'.format(**locals()) + ' must be object', value=data__organs_item, name='' + (name_prefix or 'data') + '.organs[{data__organs_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__organs_item_is_dict = isinstance(data__organs_item, dict)
                    if data__organs_item_is_dict:
                        data__organs_item__missing_keys = set(['id', 'name', 'source']) - data__organs_item.keys()
                        if data__organs_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.organs[{data__organs_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__organs_item__missing_keys)) + ' properties'), value=data__organs_item, name='' + (name_prefix or 'data') + '.organs[{data__organs_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__organs_item_keys = set(data__organs_item.keys())
                        if 'id' in data__organs_item_keys:
                            data__organs_item_keys.remove('id')
                            data__organs_item__id = data__organs_item['id']
                            validate_common_schema_json___defs_id(data__organs_item__id, custom_formats, (name_prefix or 'data') + '.organs[{data__organs_x}].id'.format(**locals()))
                        if 'name' in data__organs_item_keys:
                            data__organs_item_keys.remove('name')
                            data__organs_item__name = data__organs_item['name']
                            validate_common_schema_json___defs_text(data__organs_item__name, custom_formats, (name_prefix or 'data') + '.organs[{data__organs_x}].name'.format(**locals()))
                        if 'source' in data__organs_item_keys:
                            data__organs_item_keys.remove('source')
                            data__organs_item__source = data__organs_item['source']
                            validate_common_schema_json___defs_source(data__organs_item__source, custom_formats, (name_prefix or 'data') + '.organs[{data__organs_x}].source'.format(**locals()))
                        if data__organs_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.organs[{data__organs_x}]'.format(**locals()) + ' must not contain ' + str(data__organs_item_keys) + ' properties', value=data__organs_item, name='' + (name_prefix or 'data') + '.organs[{data__organs_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'positions' in data_keys:
            data_keys.remove('positions')
            data__positions = data['positions']
            if not isinstance(data__positions, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.positions must be array', value=data__positions, name='' + (name_prefix or 'data') + '.positions', definition=None, rule='type')
            data__positions_is_list = isinstance(data__positions, (list, tuple))
            if data__positions_is_list:
                data__positions_len = len(data__positions)
                for data__positions_x, data__positions_item in enumerate(data__positions):
                    if not isinstance(data__positions_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.positions[{data__positions_x}]'.format(**locals()) + ' must be object', value=data__positions_item, name='' + (name_prefix or 'data') + '.positions[{data__positions_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__positions_item_is_dict = isinstance(data__positions_item, dict)
                    if data__positions_item_is_dict:
                        data__positions_item__missing_keys = set(['id', 'title', 'source']) - data__positions_item.keys()
                        if data__positions_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.positions[{data__positions_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__positions_item__missing_keys)) + ' properties'), value=data__positions_item, name='' + (name_prefix or 'data') + '.positions[{data__positions_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__positions_item_keys = set(data__positions_item.keys())
                        if 'id' in data__positions_item_keys:
                            data__positions_item_keys.remove('id')
                            data__positions_item__id = data__positions_item['id']
                            validate_common_schema_json___defs_id(data__positions_item__id, custom_formats, (name_prefix or 'data') + '.positions[{data__positions_x}].id'.format(**locals()))
                        if 'title' in data__positions_item_keys:
                            data__positions_item_keys.remove('title')
                            data__positions_item__title = data__positions_item['title']
                            validate_common_schema_json___defs_text(data__positions_item__title, custom_formats, (name_prefix or 'data') + '.positions[{data__positions_x}].title'.format(**locals()))
                        if 'plural' in data__positions_item_keys:
                            data__positions_item_keys.remove('plural')
                            data__positions_item__plural = data__positions_item['plural']
                            validate_common_schema_json___defs_text(data__positions_item__plural, custom_formats, (name_prefix or 'data') + '.positions[{data__positions_x}].plural'.format(**locals()))
                        if 'source' in data__positions_item_keys:
                            data__positions_item_keys.remove('source')
                            data__positions_item__source = data__positions_item['source']
                            validate_common_schema_json___defs_source(data__positions_item__source, custom_formats, (name_prefix or 'data') + '.positions[{data__positions_x}].source'.format(**locals()))
                        if data__positions_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.positions[{data__positions_x}]'.format(**locals()) + ' must not contain ' + str(data__positions_item_keys) + ' properties', value=data__positions_item, name='' + (name_prefix or 'data') + '.positions[{data__positions_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
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
