# Generated from schemas/tier.schema.json by fastjsonschema 2.22.3; do not edit.
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
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'rank', 'name', 'source']) - data.keys()
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
            if not (isinstance(data__kind, str) and data__kind == 'Tier'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: Tier', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_common_schema_json___defs_id(data__id, custom_formats, (name_prefix or 'data') + '.id')
        if 'rank' in data_keys:
            data_keys.remove('rank')
            data__rank = data['rank']
            if not isinstance(data__rank, int) and (not (isinstance(data__rank, float) and data__rank.is_integer())) or isinstance(data__rank, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.rank must be integer', value=data__rank, name='' + (name_prefix or 'data') + '.rank', definition=None, rule='type')
            if isinstance(data__rank, (int, float, Decimal)) and (not isinstance(data__rank, bool)):
                if data__rank < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.rank must be bigger than or equal to 1', value=data__rank, name='' + (name_prefix or 'data') + '.rank', definition=None, rule='minimum')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            validate_common_schema_json___defs_text(data__name, custom_formats, (name_prefix or 'data') + '.name')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if 'partiesRepresented' in data_keys:
            data_keys.remove('partiesRepresented')
            data__partiesRepresented = data['partiesRepresented']
            if not isinstance(data__partiesRepresented, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented must be object', value=data__partiesRepresented, name='' + (name_prefix or 'data') + '.partiesRepresented', definition=None, rule='type')
            data__partiesRepresented_is_dict = isinstance(data__partiesRepresented, dict)
            if data__partiesRepresented_is_dict:
                data__partiesRepresented__missing_keys = set(['required', 'source']) - data__partiesRepresented.keys()
                if data__partiesRepresented__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented must contain ' + (str(sorted(data__partiesRepresented__missing_keys)) + ' properties'), value=data__partiesRepresented, name='' + (name_prefix or 'data') + '.partiesRepresented', definition=None, rule='required')
                data__partiesRepresented_keys = set(data__partiesRepresented.keys())
                if 'required' in data__partiesRepresented_keys:
                    data__partiesRepresented_keys.remove('required')
                    data__partiesRepresented__required = data__partiesRepresented['required']
                    if not isinstance(data__partiesRepresented__required, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented.required must be boolean', value=data__partiesRepresented__required, name='' + (name_prefix or 'data') + '.partiesRepresented.required', definition=None, rule='type')
                if 'parties' in data__partiesRepresented_keys:
                    data__partiesRepresented_keys.remove('parties')
                    data__partiesRepresented__parties = data__partiesRepresented['parties']
                    if not isinstance(data__partiesRepresented__parties, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented.parties must be array', value=data__partiesRepresented__parties, name='' + (name_prefix or 'data') + '.partiesRepresented.parties', definition=None, rule='type')
                    data__partiesRepresented__parties_is_list = isinstance(data__partiesRepresented__parties, (list, tuple))
                    if data__partiesRepresented__parties_is_list:
                        data__partiesRepresented__parties_len = len(data__partiesRepresented__parties)
                        if data__partiesRepresented__parties_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented.parties must contain at least 1 items', value=data__partiesRepresented__parties, name='' + (name_prefix or 'data') + '.partiesRepresented.parties', definition=None, rule='minItems')

                        def fn(var):
                            return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__partiesRepresented__parties_len > len(set((fn(data__partiesRepresented__parties_x) for data__partiesRepresented__parties_x in data__partiesRepresented__parties))):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented.parties must contain unique items', value=data__partiesRepresented__parties, name='' + (name_prefix or 'data') + '.partiesRepresented.parties', definition=None, rule='uniqueItems')
                        for data__partiesRepresented__parties_x, data__partiesRepresented__parties_item in enumerate(data__partiesRepresented__parties):
                            validate_common_schema_json___defs_id(data__partiesRepresented__parties_item, custom_formats, (name_prefix or 'data') + '.partiesRepresented.parties[{data__partiesRepresented__parties_x}]'.format(**locals()))
                if 'source' in data__partiesRepresented_keys:
                    data__partiesRepresented_keys.remove('source')
                    data__partiesRepresented__source = data__partiesRepresented['source']
                    validate_common_schema_json___defs_source(data__partiesRepresented__source, custom_formats, (name_prefix or 'data') + '.partiesRepresented.source')
                if data__partiesRepresented_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.partiesRepresented must not contain ' + str(data__partiesRepresented_keys) + ' properties', value=data__partiesRepresented, name='' + (name_prefix or 'data') + '.partiesRepresented', definition=None, rule='additionalProperties')
        if 'responsibilities' in data_keys:
            data_keys.remove('responsibilities')
            data__responsibilities = data['responsibilities']
            if not isinstance(data__responsibilities, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.responsibilities must be array', value=data__responsibilities, name='' + (name_prefix or 'data') + '.responsibilities', definition=None, rule='type')
            data__responsibilities_is_list = isinstance(data__responsibilities, (list, tuple))
            if data__responsibilities_is_list:
                data__responsibilities_len = len(data__responsibilities)
                for data__responsibilities_x, data__responsibilities_item in enumerate(data__responsibilities):
                    if not isinstance(data__responsibilities_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}]'.format(**locals()) + ' must be object', value=data__responsibilities_item, name='' + (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__responsibilities_item_is_dict = isinstance(data__responsibilities_item, dict)
                    if data__responsibilities_item_is_dict:
                        data__responsibilities_item__missing_keys = set(['id', 'text', 'source']) - data__responsibilities_item.keys()
                        if data__responsibilities_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__responsibilities_item__missing_keys)) + ' properties'), value=data__responsibilities_item, name='' + (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__responsibilities_item_keys = set(data__responsibilities_item.keys())
                        if 'id' in data__responsibilities_item_keys:
                            data__responsibilities_item_keys.remove('id')
                            data__responsibilities_item__id = data__responsibilities_item['id']
                            validate_common_schema_json___defs_localid(data__responsibilities_item__id, custom_formats, (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}].id'.format(**locals()))
                        if 'text' in data__responsibilities_item_keys:
                            data__responsibilities_item_keys.remove('text')
                            data__responsibilities_item__text = data__responsibilities_item['text']
                            validate_common_schema_json___defs_text(data__responsibilities_item__text, custom_formats, (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}].text'.format(**locals()))
                        if 'source' in data__responsibilities_item_keys:
                            data__responsibilities_item_keys.remove('source')
                            data__responsibilities_item__source = data__responsibilities_item['source']
                            validate_common_schema_json___defs_source(data__responsibilities_item__source, custom_formats, (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}].source'.format(**locals()))
                        if data__responsibilities_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}]'.format(**locals()) + ' must not contain ' + str(data__responsibilities_item_keys) + ' properties', value=data__responsibilities_item, name='' + (name_prefix or 'data') + '.responsibilities[{data__responsibilities_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
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
