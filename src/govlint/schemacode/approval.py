# Generated from schemas/approval.schema.json by fastjsonschema 2.22.3; do not edit.
VERSION = '2.22.3'
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException
REGEX_PATTERNS = {'^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\s\\S])': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\s\\S])'), '^https://[^\\s<>"\'`\\\\()\\[\\]]+(?![\\s\\S])': re.compile('^https://[^\\s<>"\'`\\\\()\\[\\]]+(?![\\s\\S])'), '^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])'), '^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])': re.compile('^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])')}
NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'version', 'decisions']) - data.keys()
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
            if not (isinstance(data__kind, str) and data__kind == 'Approval'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: Approval', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
        if 'version' in data_keys:
            data_keys.remove('version')
            data__version = data['version']
            validate____defs_version(data__version, custom_formats, (name_prefix or 'data') + '.version')
        if 'previous' in data_keys:
            data_keys.remove('previous')
            data__previous = data['previous']
            validate____defs_version(data__previous, custom_formats, (name_prefix or 'data') + '.previous')
        if 'decisions' in data_keys:
            data_keys.remove('decisions')
            data__decisions = data['decisions']
            if not isinstance(data__decisions, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.decisions must be array', value=data__decisions, name='' + (name_prefix or 'data') + '.decisions', definition=None, rule='type')
            data__decisions_is_list = isinstance(data__decisions, (list, tuple))
            if data__decisions_is_list:
                data__decisions_len = len(data__decisions)
                if data__decisions_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.decisions must contain at least 1 items', value=data__decisions, name='' + (name_prefix or 'data') + '.decisions', definition=None, rule='minItems')
                for data__decisions_x, data__decisions_item in enumerate(data__decisions):
                    validate____defs_decision(data__decisions_item, custom_formats, (name_prefix or 'data') + '.decisions[{data__decisions_x}]'.format(**locals()))
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate____defs_decision(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['by', 'date', 'minutes']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='required')
        data_keys = set(data.keys())
        if 'by' in data_keys:
            data_keys.remove('by')
            data__by = data['by']
            validate_common_schema_json___defs_id(data__by, custom_formats, (name_prefix or 'data') + '.by')
        if 'date' in data_keys:
            data_keys.remove('date')
            data__date = data['date']
            if not isinstance(data__date, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.date must be string', value=data__date, name='' + (name_prefix or 'data') + '.date', definition=None, rule='type')
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\s\\S])'].search(data__date):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.date must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\s\\S])', value=data__date, name='' + (name_prefix or 'data') + '.date', definition=None, rule='pattern')
        if 'minutes' in data_keys:
            data_keys.remove('minutes')
            data__minutes = data['minutes']
            if not isinstance(data__minutes, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.minutes must be string', value=data__minutes, name='' + (name_prefix or 'data') + '.minutes', definition=None, rule='type')
            if isinstance(data__minutes, str):
                data__minutes_len = len(data__minutes)
                if data__minutes_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.minutes must be longer than or equal to 1 characters', value=data__minutes, name='' + (name_prefix or 'data') + '.minutes', definition=None, rule='minLength')
                if data__minutes_len > 200:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.minutes must be shorter than or equal to 200 characters', value=data__minutes, name='' + (name_prefix or 'data') + '.minutes', definition=None, rule='maxLength')
        if 'url' in data_keys:
            data_keys.remove('url')
            data__url = data['url']
            if not isinstance(data__url, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.url must be string', value=data__url, name='' + (name_prefix or 'data') + '.url', definition=None, rule='type')
            if isinstance(data__url, str):
                data__url_len = len(data__url)
                if data__url_len > 2000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.url must be shorter than or equal to 2000 characters', value=data__url, name='' + (name_prefix or 'data') + '.url', definition=None, rule='maxLength')
                if not REGEX_PATTERNS['^https://[^\\s<>"\'`\\\\()\\[\\]]+(?![\\s\\S])'].search(data__url):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.url must match pattern ^https://[^\\s<>"\'`\\\\()\\[\\]]+(?![\\s\\S])', value=data__url, name='' + (name_prefix or 'data') + '.url', definition=None, rule='pattern')
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

def validate____defs_version(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
    return data
