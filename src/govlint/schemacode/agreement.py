# Generated from schemas/agreement.schema.json by fastjsonschema 2.22.3; do not edit.
VERSION = '2.22.3'
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException
REGEX_PATTERNS = {'^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])': re.compile('^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])'), '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])': re.compile('^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'), '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?![\\s\\S])': re.compile('^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?![\\s\\S])'), '^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:-[a-z0-9]+)*(?![\\s\\S])'), '^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])': re.compile('^[a-z0-9]+(?:[-.][a-z0-9]+)*(?![\\s\\S])')}
NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'title', 'modelVersion', 'language', 'parties']) - data.keys()
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
            if not (isinstance(data__kind, str) and data__kind == 'Agreement'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: Agreement', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_common_schema_json___defs_id(data__id, custom_formats, (name_prefix or 'data') + '.id')
        if 'title' in data_keys:
            data_keys.remove('title')
            data__title = data['title']
            validate_common_schema_json___defs_text(data__title, custom_formats, (name_prefix or 'data') + '.title')
        if 'modelVersion' in data_keys:
            data_keys.remove('modelVersion')
            data__modelVersion = data['modelVersion']
            if not isinstance(data__modelVersion, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.modelVersion must be string', value=data__modelVersion, name='' + (name_prefix or 'data') + '.modelVersion', definition=None, rule='type')
            if isinstance(data__modelVersion, str):
                if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])'].search(data__modelVersion):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.modelVersion must match pattern ^[0-9]+\\.[0-9]+\\.[0-9]+(?![\\s\\S])', value=data__modelVersion, name='' + (name_prefix or 'data') + '.modelVersion', definition=None, rule='pattern')
        if 'language' in data_keys:
            data_keys.remove('language')
            data__language = data['language']
            validate_common_schema_json___defs_languagetag(data__language, custom_formats, (name_prefix or 'data') + '.language')
        if 'languages' in data_keys:
            data_keys.remove('languages')
            data__languages = data['languages']
            if not isinstance(data__languages, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.languages must be array', value=data__languages, name='' + (name_prefix or 'data') + '.languages', definition=None, rule='type')
            data__languages_is_list = isinstance(data__languages, (list, tuple))
            if data__languages_is_list:
                data__languages_len = len(data__languages)
                if data__languages_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.languages must contain at least 1 items', value=data__languages, name='' + (name_prefix or 'data') + '.languages', definition=None, rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__languages_len > len(set((fn(data__languages_x) for data__languages_x in data__languages))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.languages must contain unique items', value=data__languages, name='' + (name_prefix or 'data') + '.languages', definition=None, rule='uniqueItems')
                for data__languages_x, data__languages_item in enumerate(data__languages):
                    validate_common_schema_json___defs_languagetag(data__languages_item, custom_formats, (name_prefix or 'data') + '.languages[{data__languages_x}]'.format(**locals()))
        if 'parties' in data_keys:
            data_keys.remove('parties')
            data__parties = data['parties']
            if not isinstance(data__parties, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.parties must be array', value=data__parties, name='' + (name_prefix or 'data') + '.parties', definition=None, rule='type')
            data__parties_is_list = isinstance(data__parties, (list, tuple))
            if data__parties_is_list:
                data__parties_len = len(data__parties)
                if data__parties_len < 2:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.parties must contain at least 2 items', value=data__parties, name='' + (name_prefix or 'data') + '.parties', definition=None, rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__parties_len > len(set((fn(data__parties_x) for data__parties_x in data__parties))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.parties must contain unique items', value=data__parties, name='' + (name_prefix or 'data') + '.parties', definition=None, rule='uniqueItems')
                for data__parties_x, data__parties_item in enumerate(data__parties):
                    validate_common_schema_json___defs_id(data__parties_item, custom_formats, (name_prefix or 'data') + '.parties[{data__parties_x}]'.format(**locals()))
        if 'text' in data_keys:
            data_keys.remove('text')
            data__text = data['text']
            validate_common_schema_json___defs_id(data__text, custom_formats, (name_prefix or 'data') + '.text')
        if 'purpose' in data_keys:
            data_keys.remove('purpose')
            data__purpose = data['purpose']
            if not isinstance(data__purpose, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose must be object', value=data__purpose, name='' + (name_prefix or 'data') + '.purpose', definition=None, rule='type')
            data__purpose_is_dict = isinstance(data__purpose, dict)
            if data__purpose_is_dict:
                data__purpose__missing_keys = set(['source']) - data__purpose.keys()
                if data__purpose__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose must contain ' + (str(sorted(data__purpose__missing_keys)) + ' properties'), value=data__purpose, name='' + (name_prefix or 'data') + '.purpose', definition=None, rule='required')
                data__purpose_keys = set(data__purpose.keys())
                if 'source' in data__purpose_keys:
                    data__purpose_keys.remove('source')
                    data__purpose__source = data__purpose['source']
                    validate_common_schema_json___defs_source(data__purpose__source, custom_formats, (name_prefix or 'data') + '.purpose.source')
                for data__purpose_key, data__purpose_val in data__purpose.items():
                    if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data__purpose_key):
                        if data__purpose_key in data__purpose_keys:
                            data__purpose_keys.remove(data__purpose_key)
                        if not isinstance(data__purpose_val, str):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose.{data__purpose_key}'.format(**locals()) + ' must be string', value=data__purpose_val, name='' + (name_prefix or 'data') + '.purpose.{data__purpose_key}'.format(**locals()) + '', definition=None, rule='type')
                        if isinstance(data__purpose_val, str):
                            data__purpose_val_len = len(data__purpose_val)
                            if data__purpose_val_len < 1:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose.{data__purpose_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__purpose_val, name='' + (name_prefix or 'data') + '.purpose.{data__purpose_key}'.format(**locals()) + '', definition=None, rule='minLength')
                if data__purpose_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose must not contain ' + str(data__purpose_keys) + ' properties', value=data__purpose, name='' + (name_prefix or 'data') + '.purpose', definition=None, rule='additionalProperties')
        if 'scope' in data_keys:
            data_keys.remove('scope')
            data__scope = data['scope']
            if not isinstance(data__scope, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope must be object', value=data__scope, name='' + (name_prefix or 'data') + '.scope', definition=None, rule='type')
            data__scope_is_dict = isinstance(data__scope, dict)
            if data__scope_is_dict:
                data__scope__missing_keys = set(['source']) - data__scope.keys()
                if data__scope__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope must contain ' + (str(sorted(data__scope__missing_keys)) + ' properties'), value=data__scope, name='' + (name_prefix or 'data') + '.scope', definition=None, rule='required')
                data__scope_keys = set(data__scope.keys())
                if 'source' in data__scope_keys:
                    data__scope_keys.remove('source')
                    data__scope__source = data__scope['source']
                    validate_common_schema_json___defs_source(data__scope__source, custom_formats, (name_prefix or 'data') + '.scope.source')
                for data__scope_key, data__scope_val in data__scope.items():
                    if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data__scope_key):
                        if data__scope_key in data__scope_keys:
                            data__scope_keys.remove(data__scope_key)
                        if not isinstance(data__scope_val, str):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope.{data__scope_key}'.format(**locals()) + ' must be string', value=data__scope_val, name='' + (name_prefix or 'data') + '.scope.{data__scope_key}'.format(**locals()) + '', definition=None, rule='type')
                        if isinstance(data__scope_val, str):
                            data__scope_val_len = len(data__scope_val)
                            if data__scope_val_len < 1:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope.{data__scope_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__scope_val, name='' + (name_prefix or 'data') + '.scope.{data__scope_key}'.format(**locals()) + '', definition=None, rule='minLength')
                if data__scope_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope must not contain ' + str(data__scope_keys) + ' properties', value=data__scope, name='' + (name_prefix or 'data') + '.scope', definition=None, rule='additionalProperties')
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
                            data__sections_item__heading_one_of_count1 = 0
                            if data__sections_item__heading_one_of_count1 < 2:
                                try:
                                    if not isinstance(data__sections_item__heading, str):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + ' must be string', value=data__sections_item__heading, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + '', definition=None, rule='type')
                                    if isinstance(data__sections_item__heading, str):
                                        data__sections_item__heading_len = len(data__sections_item__heading)
                                        if data__sections_item__heading_len < 1:
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__sections_item__heading, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + '', definition=None, rule='minLength')
                                    data__sections_item__heading_one_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    pass
                            if data__sections_item__heading_one_of_count1 < 2:
                                try:
                                    validate_common_schema_json___defs_text(data__sections_item__heading, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()))
                                    data__sections_item__heading_one_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    pass
                            if data__sections_item__heading_one_of_count1 != 1:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + ' must be valid exactly by one definition' + (' (' + str(data__sections_item__heading_one_of_count1) + ' matches found)'), value=data__sections_item__heading, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + '', definition=None, rule='oneOf')
                        if 'parent' in data__sections_item_keys:
                            data__sections_item_keys.remove('parent')
                            data__sections_item__parent = data__sections_item['parent']
                            validate_common_schema_json___defs_localid(data__sections_item__parent, custom_formats, (name_prefix or 'data') + '.sections[{data__sections_x}].parent'.format(**locals()))
                        if data__sections_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + ' must not contain ' + str(data__sections_item_keys) + ' properties', value=data__sections_item, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'legalBasis' in data_keys:
            data_keys.remove('legalBasis')
            data__legalBasis = data['legalBasis']
            if not isinstance(data__legalBasis, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis must be array', value=data__legalBasis, name='' + (name_prefix or 'data') + '.legalBasis', definition=None, rule='type')
            data__legalBasis_is_list = isinstance(data__legalBasis, (list, tuple))
            if data__legalBasis_is_list:
                data__legalBasis_len = len(data__legalBasis)
                for data__legalBasis_x, data__legalBasis_item in enumerate(data__legalBasis):
                    if not isinstance(data__legalBasis_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}]'.format(**locals()) + ' must be object', value=data__legalBasis_item, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__legalBasis_item_is_dict = isinstance(data__legalBasis_item, dict)
                    if data__legalBasis_item_is_dict:
                        data__legalBasis_item__missing_keys = set(['id', 'act', 'description', 'source']) - data__legalBasis_item.keys()
                        if data__legalBasis_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__legalBasis_item__missing_keys)) + ' properties'), value=data__legalBasis_item, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__legalBasis_item_keys = set(data__legalBasis_item.keys())
                        if 'id' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('id')
                            data__legalBasis_item__id = data__legalBasis_item['id']
                            validate_common_schema_json___defs_localid(data__legalBasis_item__id, custom_formats, (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].id'.format(**locals()))
                        if 'act' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('act')
                            data__legalBasis_item__act = data__legalBasis_item['act']
                            validate_common_schema_json___defs_text(data__legalBasis_item__act, custom_formats, (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].act'.format(**locals()))
                        if 'sections' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('sections')
                            data__legalBasis_item__sections = data__legalBasis_item['sections']
                            if not isinstance(data__legalBasis_item__sections, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].sections'.format(**locals()) + ' must be array', value=data__legalBasis_item__sections, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].sections'.format(**locals()) + '', definition=None, rule='type')
                            data__legalBasis_item__sections_is_list = isinstance(data__legalBasis_item__sections, (list, tuple))
                            if data__legalBasis_item__sections_is_list:
                                data__legalBasis_item__sections_len = len(data__legalBasis_item__sections)
                                for data__legalBasis_item__sections_x, data__legalBasis_item__sections_item in enumerate(data__legalBasis_item__sections):
                                    if not isinstance(data__legalBasis_item__sections_item, str):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].sections[{data__legalBasis_item__sections_x}]'.format(**locals()) + ' must be string', value=data__legalBasis_item__sections_item, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].sections[{data__legalBasis_item__sections_x}]'.format(**locals()) + '', definition=None, rule='type')
                        if 'description' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('description')
                            data__legalBasis_item__description = data__legalBasis_item['description']
                            validate_common_schema_json___defs_text(data__legalBasis_item__description, custom_formats, (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].description'.format(**locals()))
                        if 'requires' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('requires')
                            data__legalBasis_item__requires = data__legalBasis_item['requires']
                            if not isinstance(data__legalBasis_item__requires, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requires'.format(**locals()) + ' must be array', value=data__legalBasis_item__requires, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requires'.format(**locals()) + '', definition=None, rule='type')
                            data__legalBasis_item__requires_is_list = isinstance(data__legalBasis_item__requires, (list, tuple))
                            if data__legalBasis_item__requires_is_list:

                                def fn(var):
                                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__legalBasis_item__requires_len = len(data__legalBasis_item__requires)
                                if data__legalBasis_item__requires_len > len(set((fn(data__legalBasis_item__requires_x) for data__legalBasis_item__requires_x in data__legalBasis_item__requires))):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requires'.format(**locals()) + ' must contain unique items', value=data__legalBasis_item__requires, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requires'.format(**locals()) + '', definition=None, rule='uniqueItems')
                                for data__legalBasis_item__requires_x, data__legalBasis_item__requires_item in enumerate(data__legalBasis_item__requires):
                                    if not (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'tasks' or (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'composition') or (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'appointment') or (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'cost-basis') or (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'cost-distribution') or (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'validity') or (isinstance(data__legalBasis_item__requires_item, str) and data__legalBasis_item__requires_item == 'termination')):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requires[{data__legalBasis_item__requires_x}]'.format(**locals()) + " must be one of ['tasks', 'composition', 'appointment', 'cost-basis', 'cost-distribution', 'validity', 'termination']", value=data__legalBasis_item__requires_item, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requires[{data__legalBasis_item__requires_x}]'.format(**locals()) + '', definition=None, rule='enum')
                        if 'requiresSource' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('requiresSource')
                            data__legalBasis_item__requiresSource = data__legalBasis_item['requiresSource']
                            validate_common_schema_json___defs_source(data__legalBasis_item__requiresSource, custom_formats, (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].requiresSource'.format(**locals()))
                        if 'source' in data__legalBasis_item_keys:
                            data__legalBasis_item_keys.remove('source')
                            data__legalBasis_item__source = data__legalBasis_item['source']
                            validate_common_schema_json___defs_source(data__legalBasis_item__source, custom_formats, (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}].source'.format(**locals()))
                        if data__legalBasis_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}]'.format(**locals()) + ' must not contain ' + str(data__legalBasis_item_keys) + ' properties', value=data__legalBasis_item, name='' + (name_prefix or 'data') + '.legalBasis[{data__legalBasis_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'terms' in data_keys:
            data_keys.remove('terms')
            data__terms = data['terms']
            if not isinstance(data__terms, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms must be object', value=data__terms, name='' + (name_prefix or 'data') + '.terms', definition=None, rule='type')
            data__terms_is_dict = isinstance(data__terms, dict)
            if data__terms_is_dict:
                data__terms_keys = set(data__terms.keys())
                if 'costBasis' in data__terms_keys:
                    data__terms_keys.remove('costBasis')
                    data__terms__costBasis = data__terms['costBasis']
                    if not isinstance(data__terms__costBasis, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis must be object', value=data__terms__costBasis, name='' + (name_prefix or 'data') + '.terms.costBasis', definition=None, rule='type')
                    data__terms__costBasis_is_dict = isinstance(data__terms__costBasis, dict)
                    if data__terms__costBasis_is_dict:
                        data__terms__costBasis__missing_keys = set(['source']) - data__terms__costBasis.keys()
                        if data__terms__costBasis__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis must contain ' + (str(sorted(data__terms__costBasis__missing_keys)) + ' properties'), value=data__terms__costBasis, name='' + (name_prefix or 'data') + '.terms.costBasis', definition=None, rule='required')
                        data__terms__costBasis_keys = set(data__terms__costBasis.keys())
                        if 'source' in data__terms__costBasis_keys:
                            data__terms__costBasis_keys.remove('source')
                            data__terms__costBasis__source = data__terms__costBasis['source']
                            validate_common_schema_json___defs_source(data__terms__costBasis__source, custom_formats, (name_prefix or 'data') + '.terms.costBasis.source')
                        for data__terms__costBasis_key, data__terms__costBasis_val in data__terms__costBasis.items():
                            if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data__terms__costBasis_key):
                                if data__terms__costBasis_key in data__terms__costBasis_keys:
                                    data__terms__costBasis_keys.remove(data__terms__costBasis_key)
                                if not isinstance(data__terms__costBasis_val, str):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis.{data__terms__costBasis_key}'.format(**locals()) + ' must be string', value=data__terms__costBasis_val, name='' + (name_prefix or 'data') + '.terms.costBasis.{data__terms__costBasis_key}'.format(**locals()) + '', definition=None, rule='type')
                                if isinstance(data__terms__costBasis_val, str):
                                    data__terms__costBasis_val_len = len(data__terms__costBasis_val)
                                    if data__terms__costBasis_val_len < 1:
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis.{data__terms__costBasis_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__terms__costBasis_val, name='' + (name_prefix or 'data') + '.terms.costBasis.{data__terms__costBasis_key}'.format(**locals()) + '', definition=None, rule='minLength')
                        if data__terms__costBasis_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis must not contain ' + str(data__terms__costBasis_keys) + ' properties', value=data__terms__costBasis, name='' + (name_prefix or 'data') + '.terms.costBasis', definition=None, rule='additionalProperties')
                if 'costDistribution' in data__terms_keys:
                    data__terms_keys.remove('costDistribution')
                    data__terms__costDistribution = data__terms['costDistribution']
                    if not isinstance(data__terms__costDistribution, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution must be object', value=data__terms__costDistribution, name='' + (name_prefix or 'data') + '.terms.costDistribution', definition=None, rule='type')
                    data__terms__costDistribution_is_dict = isinstance(data__terms__costDistribution, dict)
                    if data__terms__costDistribution_is_dict:
                        data__terms__costDistribution__missing_keys = set(['source']) - data__terms__costDistribution.keys()
                        if data__terms__costDistribution__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution must contain ' + (str(sorted(data__terms__costDistribution__missing_keys)) + ' properties'), value=data__terms__costDistribution, name='' + (name_prefix or 'data') + '.terms.costDistribution', definition=None, rule='required')
                        data__terms__costDistribution_keys = set(data__terms__costDistribution.keys())
                        if 'source' in data__terms__costDistribution_keys:
                            data__terms__costDistribution_keys.remove('source')
                            data__terms__costDistribution__source = data__terms__costDistribution['source']
                            validate_common_schema_json___defs_source(data__terms__costDistribution__source, custom_formats, (name_prefix or 'data') + '.terms.costDistribution.source')
                        if 'shares' in data__terms__costDistribution_keys:
                            data__terms__costDistribution_keys.remove('shares')
                            data__terms__costDistribution__shares = data__terms__costDistribution['shares']
                            if not isinstance(data__terms__costDistribution__shares, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares must be array', value=data__terms__costDistribution__shares, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares', definition=None, rule='type')
                            data__terms__costDistribution__shares_is_list = isinstance(data__terms__costDistribution__shares, (list, tuple))
                            if data__terms__costDistribution__shares_is_list:
                                data__terms__costDistribution__shares_len = len(data__terms__costDistribution__shares)
                                if data__terms__costDistribution__shares_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares must contain at least 1 items', value=data__terms__costDistribution__shares, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares', definition=None, rule='minItems')
                                for data__terms__costDistribution__shares_x, data__terms__costDistribution__shares_item in enumerate(data__terms__costDistribution__shares):
                                    if not isinstance(data__terms__costDistribution__shares_item, dict):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}]'.format(**locals()) + ' must be object', value=data__terms__costDistribution__shares_item, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}]'.format(**locals()) + '', definition=None, rule='type')
                                    data__terms__costDistribution__shares_item_is_dict = isinstance(data__terms__costDistribution__shares_item, dict)
                                    if data__terms__costDistribution__shares_item_is_dict:
                                        data__terms__costDistribution__shares_item__missing_keys = set(['party', 'percent']) - data__terms__costDistribution__shares_item.keys()
                                        if data__terms__costDistribution__shares_item__missing_keys:
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__terms__costDistribution__shares_item__missing_keys)) + ' properties'), value=data__terms__costDistribution__shares_item, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}]'.format(**locals()) + '', definition=None, rule='required')
                                        data__terms__costDistribution__shares_item_keys = set(data__terms__costDistribution__shares_item.keys())
                                        if 'party' in data__terms__costDistribution__shares_item_keys:
                                            data__terms__costDistribution__shares_item_keys.remove('party')
                                            data__terms__costDistribution__shares_item__party = data__terms__costDistribution__shares_item['party']
                                            validate_common_schema_json___defs_id(data__terms__costDistribution__shares_item__party, custom_formats, (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].party'.format(**locals()))
                                        if 'percent' in data__terms__costDistribution__shares_item_keys:
                                            data__terms__costDistribution__shares_item_keys.remove('percent')
                                            data__terms__costDistribution__shares_item__percent = data__terms__costDistribution__shares_item['percent']
                                            if not isinstance(data__terms__costDistribution__shares_item__percent, (int, float, Decimal)) or isinstance(data__terms__costDistribution__shares_item__percent, bool):
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].percent'.format(**locals()) + ' must be number', value=data__terms__costDistribution__shares_item__percent, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].percent'.format(**locals()) + '', definition=None, rule='type')
                                            if isinstance(data__terms__costDistribution__shares_item__percent, (int, float, Decimal)) and (not isinstance(data__terms__costDistribution__shares_item__percent, bool)):
                                                if data__terms__costDistribution__shares_item__percent < 0:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].percent'.format(**locals()) + ' must be bigger than or equal to 0', value=data__terms__costDistribution__shares_item__percent, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].percent'.format(**locals()) + '', definition=None, rule='minimum')
                                                if data__terms__costDistribution__shares_item__percent > 100:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].percent'.format(**locals()) + ' must be smaller than or equal to 100', value=data__terms__costDistribution__shares_item__percent, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}].percent'.format(**locals()) + '', definition=None, rule='maximum')
                                        if data__terms__costDistribution__shares_item_keys:
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}]'.format(**locals()) + ' must not contain ' + str(data__terms__costDistribution__shares_item_keys) + ' properties', value=data__terms__costDistribution__shares_item, name='' + (name_prefix or 'data') + '.terms.costDistribution.shares[{data__terms__costDistribution__shares_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
                        for data__terms__costDistribution_key, data__terms__costDistribution_val in data__terms__costDistribution.items():
                            if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data__terms__costDistribution_key):
                                if data__terms__costDistribution_key in data__terms__costDistribution_keys:
                                    data__terms__costDistribution_keys.remove(data__terms__costDistribution_key)
                                if not isinstance(data__terms__costDistribution_val, str):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.{data__terms__costDistribution_key}'.format(**locals()) + ' must be string', value=data__terms__costDistribution_val, name='' + (name_prefix or 'data') + '.terms.costDistribution.{data__terms__costDistribution_key}'.format(**locals()) + '', definition=None, rule='type')
                                if isinstance(data__terms__costDistribution_val, str):
                                    data__terms__costDistribution_val_len = len(data__terms__costDistribution_val)
                                    if data__terms__costDistribution_val_len < 1:
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.{data__terms__costDistribution_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__terms__costDistribution_val, name='' + (name_prefix or 'data') + '.terms.costDistribution.{data__terms__costDistribution_key}'.format(**locals()) + '', definition=None, rule='minLength')
                        if data__terms__costDistribution_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution must not contain ' + str(data__terms__costDistribution_keys) + ' properties', value=data__terms__costDistribution, name='' + (name_prefix or 'data') + '.terms.costDistribution', definition=None, rule='additionalProperties')
                if 'validity' in data__terms_keys:
                    data__terms_keys.remove('validity')
                    data__terms__validity = data__terms['validity']
                    if not isinstance(data__terms__validity, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity must be object', value=data__terms__validity, name='' + (name_prefix or 'data') + '.terms.validity', definition=None, rule='type')
                    data__terms__validity_is_dict = isinstance(data__terms__validity, dict)
                    if data__terms__validity_is_dict:
                        data__terms__validity__missing_keys = set(['source']) - data__terms__validity.keys()
                        if data__terms__validity__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity must contain ' + (str(sorted(data__terms__validity__missing_keys)) + ' properties'), value=data__terms__validity, name='' + (name_prefix or 'data') + '.terms.validity', definition=None, rule='required')
                        data__terms__validity_keys = set(data__terms__validity.keys())
                        if 'from' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('from')
                            data__terms__validity__from = data__terms__validity['from']
                            validate_common_schema_json___defs_date(data__terms__validity__from, custom_formats, (name_prefix or 'data') + '.terms.validity.from')
                        if 'to' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('to')
                            data__terms__validity__to = data__terms__validity['to']
                            validate_common_schema_json___defs_date(data__terms__validity__to, custom_formats, (name_prefix or 'data') + '.terms.validity.to')
                        if 'source' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('source')
                            data__terms__validity__source = data__terms__validity['source']
                            validate_common_schema_json___defs_source(data__terms__validity__source, custom_formats, (name_prefix or 'data') + '.terms.validity.source')
                        for data__terms__validity_key, data__terms__validity_val in data__terms__validity.items():
                            if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data__terms__validity_key):
                                if data__terms__validity_key in data__terms__validity_keys:
                                    data__terms__validity_keys.remove(data__terms__validity_key)
                                if not isinstance(data__terms__validity_val, str):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity.{data__terms__validity_key}'.format(**locals()) + ' must be string', value=data__terms__validity_val, name='' + (name_prefix or 'data') + '.terms.validity.{data__terms__validity_key}'.format(**locals()) + '', definition=None, rule='type')
                                if isinstance(data__terms__validity_val, str):
                                    data__terms__validity_val_len = len(data__terms__validity_val)
                                    if data__terms__validity_val_len < 1:
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity.{data__terms__validity_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__terms__validity_val, name='' + (name_prefix or 'data') + '.terms.validity.{data__terms__validity_key}'.format(**locals()) + '', definition=None, rule='minLength')
                        if data__terms__validity_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity must not contain ' + str(data__terms__validity_keys) + ' properties', value=data__terms__validity, name='' + (name_prefix or 'data') + '.terms.validity', definition=None, rule='additionalProperties')
                if 'termination' in data__terms_keys:
                    data__terms_keys.remove('termination')
                    data__terms__termination = data__terms['termination']
                    if not isinstance(data__terms__termination, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination must be object', value=data__terms__termination, name='' + (name_prefix or 'data') + '.terms.termination', definition=None, rule='type')
                    data__terms__termination_is_dict = isinstance(data__terms__termination, dict)
                    if data__terms__termination_is_dict:
                        data__terms__termination__missing_keys = set(['source']) - data__terms__termination.keys()
                        if data__terms__termination__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination must contain ' + (str(sorted(data__terms__termination__missing_keys)) + ' properties'), value=data__terms__termination, name='' + (name_prefix or 'data') + '.terms.termination', definition=None, rule='required')
                        data__terms__termination_keys = set(data__terms__termination.keys())
                        if 'noticeMonths' in data__terms__termination_keys:
                            data__terms__termination_keys.remove('noticeMonths')
                            data__terms__termination__noticeMonths = data__terms__termination['noticeMonths']
                            if not isinstance(data__terms__termination__noticeMonths, int) and (not (isinstance(data__terms__termination__noticeMonths, float) and data__terms__termination__noticeMonths.is_integer())) or isinstance(data__terms__termination__noticeMonths, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.noticeMonths must be integer', value=data__terms__termination__noticeMonths, name='' + (name_prefix or 'data') + '.terms.termination.noticeMonths', definition=None, rule='type')
                            if isinstance(data__terms__termination__noticeMonths, (int, float, Decimal)) and (not isinstance(data__terms__termination__noticeMonths, bool)):
                                if data__terms__termination__noticeMonths < 0:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.noticeMonths must be bigger than or equal to 0', value=data__terms__termination__noticeMonths, name='' + (name_prefix or 'data') + '.terms.termination.noticeMonths', definition=None, rule='minimum')
                        if 'source' in data__terms__termination_keys:
                            data__terms__termination_keys.remove('source')
                            data__terms__termination__source = data__terms__termination['source']
                            validate_common_schema_json___defs_source(data__terms__termination__source, custom_formats, (name_prefix or 'data') + '.terms.termination.source')
                        for data__terms__termination_key, data__terms__termination_val in data__terms__termination.items():
                            if REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data__terms__termination_key):
                                if data__terms__termination_key in data__terms__termination_keys:
                                    data__terms__termination_keys.remove(data__terms__termination_key)
                                if not isinstance(data__terms__termination_val, str):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.{data__terms__termination_key}'.format(**locals()) + ' must be string', value=data__terms__termination_val, name='' + (name_prefix or 'data') + '.terms.termination.{data__terms__termination_key}'.format(**locals()) + '', definition=None, rule='type')
                                if isinstance(data__terms__termination_val, str):
                                    data__terms__termination_val_len = len(data__terms__termination_val)
                                    if data__terms__termination_val_len < 1:
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.{data__terms__termination_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__terms__termination_val, name='' + (name_prefix or 'data') + '.terms.termination.{data__terms__termination_key}'.format(**locals()) + '', definition=None, rule='minLength')
                        if data__terms__termination_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination must not contain ' + str(data__terms__termination_keys) + ' properties', value=data__terms__termination, name='' + (name_prefix or 'data') + '.terms.termination', definition=None, rule='additionalProperties')
                if data__terms_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms must not contain ' + str(data__terms_keys) + ' properties', value=data__terms, name='' + (name_prefix or 'data') + '.terms', definition=None, rule='additionalProperties')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if 'relatedAgreements' in data_keys:
            data_keys.remove('relatedAgreements')
            data__relatedAgreements = data['relatedAgreements']
            if not isinstance(data__relatedAgreements, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.relatedAgreements must be array', value=data__relatedAgreements, name='' + (name_prefix or 'data') + '.relatedAgreements', definition=None, rule='type')
            data__relatedAgreements_is_list = isinstance(data__relatedAgreements, (list, tuple))
            if data__relatedAgreements_is_list:
                data__relatedAgreements_len = len(data__relatedAgreements)
                for data__relatedAgreements_x, data__relatedAgreements_item in enumerate(data__relatedAgreements):
                    if not isinstance(data__relatedAgreements_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}]'.format(**locals()) + ' must be object', value=data__relatedAgreements_item, name='' + (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__relatedAgreements_item_is_dict = isinstance(data__relatedAgreements_item, dict)
                    if data__relatedAgreements_item_is_dict:
                        data__relatedAgreements_item__missing_keys = set(['id', 'title', 'source']) - data__relatedAgreements_item.keys()
                        if data__relatedAgreements_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__relatedAgreements_item__missing_keys)) + ' properties'), value=data__relatedAgreements_item, name='' + (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__relatedAgreements_item_keys = set(data__relatedAgreements_item.keys())
                        if 'id' in data__relatedAgreements_item_keys:
                            data__relatedAgreements_item_keys.remove('id')
                            data__relatedAgreements_item__id = data__relatedAgreements_item['id']
                            validate_common_schema_json___defs_localid(data__relatedAgreements_item__id, custom_formats, (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}].id'.format(**locals()))
                        if 'title' in data__relatedAgreements_item_keys:
                            data__relatedAgreements_item_keys.remove('title')
                            data__relatedAgreements_item__title = data__relatedAgreements_item['title']
                            validate_common_schema_json___defs_text(data__relatedAgreements_item__title, custom_formats, (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}].title'.format(**locals()))
                        if 'says' in data__relatedAgreements_item_keys:
                            data__relatedAgreements_item_keys.remove('says')
                            data__relatedAgreements_item__says = data__relatedAgreements_item['says']
                            validate_common_schema_json___defs_text(data__relatedAgreements_item__says, custom_formats, (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}].says'.format(**locals()))
                        if 'unknown' in data__relatedAgreements_item_keys:
                            data__relatedAgreements_item_keys.remove('unknown')
                            data__relatedAgreements_item__unknown = data__relatedAgreements_item['unknown']
                            validate_common_schema_json___defs_text(data__relatedAgreements_item__unknown, custom_formats, (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}].unknown'.format(**locals()))
                        if 'source' in data__relatedAgreements_item_keys:
                            data__relatedAgreements_item_keys.remove('source')
                            data__relatedAgreements_item__source = data__relatedAgreements_item['source']
                            validate_common_schema_json___defs_source(data__relatedAgreements_item__source, custom_formats, (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}].source'.format(**locals()))
                        if data__relatedAgreements_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}]'.format(**locals()) + ' must not contain ' + str(data__relatedAgreements_item_keys) + ' properties', value=data__relatedAgreements_item, name='' + (name_prefix or 'data') + '.relatedAgreements[{data__relatedAgreements_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'notModelled' in data_keys:
            data_keys.remove('notModelled')
            data__notModelled = data['notModelled']
            if not isinstance(data__notModelled, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.notModelled must be array', value=data__notModelled, name='' + (name_prefix or 'data') + '.notModelled', definition=None, rule='type')
            data__notModelled_is_list = isinstance(data__notModelled, (list, tuple))
            if data__notModelled_is_list:
                data__notModelled_len = len(data__notModelled)
                for data__notModelled_x, data__notModelled_item in enumerate(data__notModelled):
                    if not isinstance(data__notModelled_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}]'.format(**locals()) + ' must be object', value=data__notModelled_item, name='' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__notModelled_item_is_dict = isinstance(data__notModelled_item, dict)
                    if data__notModelled_item_is_dict:
                        data__notModelled_item__missing_keys = set(['section', 'quote', 'reason']) - data__notModelled_item.keys()
                        if data__notModelled_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__notModelled_item__missing_keys)) + ' properties'), value=data__notModelled_item, name='' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__notModelled_item_keys = set(data__notModelled_item.keys())
                        if 'section' in data__notModelled_item_keys:
                            data__notModelled_item_keys.remove('section')
                            data__notModelled_item__section = data__notModelled_item['section']
                            validate_common_schema_json___defs_localid(data__notModelled_item__section, custom_formats, (name_prefix or 'data') + '.notModelled[{data__notModelled_x}].section'.format(**locals()))
                        if 'quote' in data__notModelled_item_keys:
                            data__notModelled_item_keys.remove('quote')
                            data__notModelled_item__quote = data__notModelled_item['quote']
                            if not isinstance(data__notModelled_item__quote, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}].quote'.format(**locals()) + ' must be string', value=data__notModelled_item__quote, name='' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}].quote'.format(**locals()) + '', definition=None, rule='type')
                            if isinstance(data__notModelled_item__quote, str):
                                data__notModelled_item__quote_len = len(data__notModelled_item__quote)
                                if data__notModelled_item__quote_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}].quote'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__notModelled_item__quote, name='' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}].quote'.format(**locals()) + '', definition=None, rule='minLength')
                        if 'reason' in data__notModelled_item_keys:
                            data__notModelled_item_keys.remove('reason')
                            data__notModelled_item__reason = data__notModelled_item['reason']
                            validate_common_schema_json___defs_text(data__notModelled_item__reason, custom_formats, (name_prefix or 'data') + '.notModelled[{data__notModelled_x}].reason'.format(**locals()))
                        if data__notModelled_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}]'.format(**locals()) + ' must not contain ' + str(data__notModelled_item_keys) + ' properties', value=data__notModelled_item, name='' + (name_prefix or 'data') + '.notModelled[{data__notModelled_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'openQuestions' in data_keys:
            data_keys.remove('openQuestions')
            data__openQuestions = data['openQuestions']
            if not isinstance(data__openQuestions, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.openQuestions must be array', value=data__openQuestions, name='' + (name_prefix or 'data') + '.openQuestions', definition=None, rule='type')
            data__openQuestions_is_list = isinstance(data__openQuestions, (list, tuple))
            if data__openQuestions_is_list:
                data__openQuestions_len = len(data__openQuestions)
                for data__openQuestions_x, data__openQuestions_item in enumerate(data__openQuestions):
                    if not isinstance(data__openQuestions_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}]'.format(**locals()) + ' must be object', value=data__openQuestions_item, name='' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__openQuestions_item_is_dict = isinstance(data__openQuestions_item, dict)
                    if data__openQuestions_item_is_dict:
                        data__openQuestions_item__missing_keys = set(['id', 'question', 'source']) - data__openQuestions_item.keys()
                        if data__openQuestions_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__openQuestions_item__missing_keys)) + ' properties'), value=data__openQuestions_item, name='' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__openQuestions_item_keys = set(data__openQuestions_item.keys())
                        if 'id' in data__openQuestions_item_keys:
                            data__openQuestions_item_keys.remove('id')
                            data__openQuestions_item__id = data__openQuestions_item['id']
                            validate_common_schema_json___defs_id(data__openQuestions_item__id, custom_formats, (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].id'.format(**locals()))
                        if 'question' in data__openQuestions_item_keys:
                            data__openQuestions_item_keys.remove('question')
                            data__openQuestions_item__question = data__openQuestions_item['question']
                            validate_common_schema_json___defs_text(data__openQuestions_item__question, custom_formats, (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].question'.format(**locals()))
                        if 'about' in data__openQuestions_item_keys:
                            data__openQuestions_item_keys.remove('about')
                            data__openQuestions_item__about = data__openQuestions_item['about']
                            if not isinstance(data__openQuestions_item__about, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].about'.format(**locals()) + ' must be array', value=data__openQuestions_item__about, name='' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].about'.format(**locals()) + '', definition=None, rule='type')
                            data__openQuestions_item__about_is_list = isinstance(data__openQuestions_item__about, (list, tuple))
                            if data__openQuestions_item__about_is_list:

                                def fn(var):
                                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__openQuestions_item__about_len = len(data__openQuestions_item__about)
                                if data__openQuestions_item__about_len > len(set((fn(data__openQuestions_item__about_x) for data__openQuestions_item__about_x in data__openQuestions_item__about))):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].about'.format(**locals()) + ' must contain unique items', value=data__openQuestions_item__about, name='' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].about'.format(**locals()) + '', definition=None, rule='uniqueItems')
                                for data__openQuestions_item__about_x, data__openQuestions_item__about_item in enumerate(data__openQuestions_item__about):
                                    validate_common_schema_json___defs_id(data__openQuestions_item__about_item, custom_formats, (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].about[{data__openQuestions_item__about_x}]'.format(**locals()))
                        if 'source' in data__openQuestions_item_keys:
                            data__openQuestions_item_keys.remove('source')
                            data__openQuestions_item__source = data__openQuestions_item['source']
                            validate_common_schema_json___defs_source(data__openQuestions_item__source, custom_formats, (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}].source'.format(**locals()))
                        if data__openQuestions_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}]'.format(**locals()) + ' must not contain ' + str(data__openQuestions_item_keys) + ' properties', value=data__openQuestions_item, name='' + (name_prefix or 'data') + '.openQuestions[{data__openQuestions_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='additionalProperties')
    return data

def validate_common_schema_json___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?![\\s\\S])'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?![\\s\\S])', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
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
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
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
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count2 < 2:
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
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be valid exactly by one definition' + (' (' + str(data_one_of_count2) + ' matches found)'), value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='oneOf')
    return data

def validate_common_schema_json___defs_languagetag(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(?![\\s\\S])', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
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
