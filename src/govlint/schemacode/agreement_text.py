# Generated from schemas/agreement-text.schema.json by fastjsonschema 2.22.3; do not edit.
VERSION = '2.22.3'
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException
REGEX_PATTERNS = {'^\\S{1,3}(?![\\s\\S])': re.compile('^\\S{1,3}(?![\\s\\S])'), '^\\s*\\S[\\s\\S]*(?![\\s\\S])': re.compile('^\\s*\\S[\\s\\S]*(?![\\s\\S])'), '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])': re.compile('^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'), '^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])'), '^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])')}
NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'title', 'sections']) - data.keys()
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
            if not (isinstance(data__kind, str) and data__kind == 'AgreementText'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: AgreementText', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_common_schema_json___defs_id(data__id, custom_formats, (name_prefix or 'data') + '.id')
        if 'title' in data_keys:
            data_keys.remove('title')
            data__title = data['title']
            if not isinstance(data__title, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.title must be string', value=data__title, name='' + (name_prefix or 'data') + '.title', definition=None, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.title must be longer than or equal to 1 characters', value=data__title, name='' + (name_prefix or 'data') + '.title', definition=None, rule='minLength')
        if 'sections' in data_keys:
            data_keys.remove('sections')
            data__sections = data['sections']
            if not isinstance(data__sections, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections must be array', value=data__sections, name='' + (name_prefix or 'data') + '.sections', definition=None, rule='type')
            data__sections_is_list = isinstance(data__sections, (list, tuple))
            if data__sections_is_list:
                data__sections_len = len(data__sections)
                if data__sections_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections must contain at least 1 items', value=data__sections, name='' + (name_prefix or 'data') + '.sections', definition=None, rule='minItems')
                for data__sections_x, data__sections_item in enumerate(data__sections):
                    if not isinstance(data__sections_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + ' must be object', value=data__sections_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__sections_item_is_dict = isinstance(data__sections_item, dict)
                    if data__sections_item_is_dict:
                        data__sections_item__missing_keys = set(['id', 'heading']) - data__sections_item.keys()
                        if data__sections_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__sections_item__missing_keys)) + ' properties'), value=data__sections_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__sections_item_keys = set(data__sections_item.keys())
                        if 'id' in data__sections_item_keys:
                            data__sections_item_keys.remove('id')
                            data__sections_item__id = data__sections_item['id']
                            validate_common_schema_json___defs_localid(data__sections_item__id, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].id'.format(**locals()))
                        if 'heading' in data__sections_item_keys:
                            data__sections_item_keys.remove('heading')
                            data__sections_item__heading = data__sections_item['heading']
                            validate_common_schema_json___defs_text(data__sections_item__heading, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()))
                        if 'parent' in data__sections_item_keys:
                            data__sections_item_keys.remove('parent')
                            data__sections_item__parent = data__sections_item['parent']
                            validate_common_schema_json___defs_localid(data__sections_item__parent, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].parent'.format(**locals()))
                        if 'body' in data__sections_item_keys:
                            data__sections_item_keys.remove('body')
                            data__sections_item__body = data__sections_item['body']
                            if not isinstance(data__sections_item__body, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body'.format(**locals()) + ' must be array', value=data__sections_item__body, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body'.format(**locals()) + '', definition=None, rule='type')
                            data__sections_item__body_is_list = isinstance(data__sections_item__body, (list, tuple))
                            if data__sections_item__body_is_list:
                                data__sections_item__body_len = len(data__sections_item__body)
                                for data__sections_item__body_x, data__sections_item__body_item in enumerate(data__sections_item__body):
                                    data__sections_item__body_item_one_of_count1 = 0
                                    if data__sections_item__body_item_one_of_count1 < 2:
                                        try:
                                            if not isinstance(data__sections_item__body_item, dict):
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must be object', value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='type')
                                            data__sections_item__body_item_is_dict = isinstance(data__sections_item__body_item, dict)
                                            if data__sections_item__body_item_is_dict:
                                                data__sections_item__body_item__missing_keys = set(['paragraph']) - data__sections_item__body_item.keys()
                                                if data__sections_item__body_item__missing_keys:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__sections_item__body_item__missing_keys)) + ' properties'), value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='required')
                                                data__sections_item__body_item_keys = set(data__sections_item__body_item.keys())
                                                if 'paragraph' in data__sections_item__body_item_keys:
                                                    data__sections_item__body_item_keys.remove('paragraph')
                                                    data__sections_item__body_item__paragraph = data__sections_item__body_item['paragraph']
                                                    validate____defs_sentences(data__sections_item__body_item__paragraph, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].paragraph'.format(**locals()))
                                                if data__sections_item__body_item_keys:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must not contain ' + str(data__sections_item__body_item_keys) + ' properties', value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
                                            data__sections_item__body_item_one_of_count1 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException):
                                            pass
                                    if data__sections_item__body_item_one_of_count1 < 2:
                                        try:
                                            if not isinstance(data__sections_item__body_item, dict):
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must be object', value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='type')
                                            data__sections_item__body_item_is_dict = isinstance(data__sections_item__body_item, dict)
                                            if data__sections_item__body_item_is_dict:
                                                data__sections_item__body_item__missing_keys = set(['list']) - data__sections_item__body_item.keys()
                                                if data__sections_item__body_item__missing_keys:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__sections_item__body_item__missing_keys)) + ' properties'), value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='required')
                                                data__sections_item__body_item_keys = set(data__sections_item__body_item.keys())
                                                if 'list' in data__sections_item__body_item_keys:
                                                    data__sections_item__body_item_keys.remove('list')
                                                    data__sections_item__body_item__list = data__sections_item__body_item['list']
                                                    if not isinstance(data__sections_item__body_item__list, (list, tuple)):
                                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list'.format(**locals()) + ' must be array', value=data__sections_item__body_item__list, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list'.format(**locals()) + '', definition=None, rule='type')
                                                    data__sections_item__body_item__list_is_list = isinstance(data__sections_item__body_item__list, (list, tuple))
                                                    if data__sections_item__body_item__list_is_list:
                                                        data__sections_item__body_item__list_len = len(data__sections_item__body_item__list)
                                                        if data__sections_item__body_item__list_len < 1:
                                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list'.format(**locals()) + ' must contain at least 1 items', value=data__sections_item__body_item__list, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list'.format(**locals()) + '', definition=None, rule='minItems')
                                                        for data__sections_item__body_item__list_x, data__sections_item__body_item__list_item in enumerate(data__sections_item__body_item__list):
                                                            data__sections_item__body_item__list_item_one_of_count2 = 0
                                                            if data__sections_item__body_item__list_item_one_of_count2 < 2:
                                                                try:
                                                                    validate____defs_sentence(data__sections_item__body_item__list_item, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list[{data__sections_item__body_item__list_x}]'.format(**locals()))
                                                                    data__sections_item__body_item__list_item_one_of_count2 += 1
                                                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                                                    pass
                                                            if data__sections_item__body_item__list_item_one_of_count2 < 2:
                                                                try:
                                                                    validate____defs_sentences(data__sections_item__body_item__list_item, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list[{data__sections_item__body_item__list_x}]'.format(**locals()))
                                                                    data__sections_item__body_item__list_item_one_of_count2 += 1
                                                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                                                    pass
                                                            if data__sections_item__body_item__list_item_one_of_count2 != 1:
                                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list[{data__sections_item__body_item__list_x}]'.format(**locals()) + ' must be valid exactly by one definition' + (' (' + str(data__sections_item__body_item__list_item_one_of_count2) + ' matches found)'), value=data__sections_item__body_item__list_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].list[{data__sections_item__body_item__list_x}]'.format(**locals()) + '', definition=None, rule='oneOf')
                                                if 'marker' in data__sections_item__body_item_keys:
                                                    data__sections_item__body_item_keys.remove('marker')
                                                    data__sections_item__body_item__marker = data__sections_item__body_item['marker']
                                                    if not isinstance(data__sections_item__body_item__marker, str):
                                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].marker'.format(**locals()) + ' must be string', value=data__sections_item__body_item__marker, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].marker'.format(**locals()) + '', definition=None, rule='type')
                                                    if isinstance(data__sections_item__body_item__marker, str):
                                                        if not REGEX_PATTERNS['^\\S{1,3}(?![\\s\\S])'].search(data__sections_item__body_item__marker):
                                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].marker'.format(**locals()) + ' must match pattern ^\\S{1,3}(?![\\s\\S])', value=data__sections_item__body_item__marker, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}].marker'.format(**locals()) + '', definition=None, rule='pattern')
                                                if data__sections_item__body_item_keys:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must not contain ' + str(data__sections_item__body_item_keys) + ' properties', value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
                                            data__sections_item__body_item_one_of_count1 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException):
                                            pass
                                    if data__sections_item__body_item_one_of_count1 != 1:
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + ' must be valid exactly by one definition' + (' (' + str(data__sections_item__body_item_one_of_count1) + ' matches found)'), value=data__sections_item__body_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].body[{data__sections_item__body_x}]'.format(**locals()) + '', definition=None, rule='oneOf')
                        if data__sections_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + ' must not contain ' + str(data__sections_item_keys) + ' properties', value=data__sections_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate____defs_sentence(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be longer than or equal to 1 characters', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='minLength')
        if not REGEX_PATTERNS['^\\s*\\S[\\s\\S]*(?![\\s\\S])'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^\\s*\\S[\\s\\S]*(?![\\s\\S])', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
    return data

def validate____defs_sentences(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be array', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain at least 1 items', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='minItems')
        for data_x, data_item in enumerate(data):
            validate____defs_sentence(data_item, custom_formats, (name_prefix or 'data') + '[{data_x}]'.format(**locals()))
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
