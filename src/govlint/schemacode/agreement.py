# Generated from schemas/agreement.schema.json by fastjsonschema 2.22.3; do not edit.
VERSION = '2.22.3'
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException
REGEX_PATTERNS = {'^[0-9]+\\.[0-9]+\\.[0-9]+$': re.compile('^[0-9]+\\.[0-9]+\\.[0-9]+\\Z'), '^[a-z]{2}$': re.compile('^[a-z]{2}\\Z'), '^[a-z0-9]+(?:-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(?:-[a-z0-9]+)*\\Z'), '^[a-z]{2}(-[A-Z]{2})?$': re.compile('^[a-z]{2}(-[A-Z]{2})?$'), '^[a-z0-9]+(?:[-.][a-z0-9]+)*$': re.compile('^[a-z0-9]+(?:[-.][a-z0-9]+)*\\Z')}
NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'title', 'modelVersion', 'language', 'parties', 'sections']) - data.keys()
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
                if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+\\.[0-9]+$'].search(data__modelVersion):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.modelVersion must match pattern ^[0-9]+\\.[0-9]+\\.[0-9]+$', value=data__modelVersion, name='' + (name_prefix or 'data') + '.modelVersion', definition=None, rule='pattern')
        if 'language' in data_keys:
            data_keys.remove('language')
            data__language = data['language']
            if not isinstance(data__language, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.language must be string', value=data__language, name='' + (name_prefix or 'data') + '.language', definition=None, rule='type')
            if isinstance(data__language, str):
                if not REGEX_PATTERNS['^[a-z]{2}$'].search(data__language):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.language must match pattern ^[a-z]{2}$', value=data__language, name='' + (name_prefix or 'data') + '.language', definition=None, rule='pattern')
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
                if 'fi' in data__purpose_keys:
                    data__purpose_keys.remove('fi')
                    data__purpose__fi = data__purpose['fi']
                    if not isinstance(data__purpose__fi, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose.fi must be string', value=data__purpose__fi, name='' + (name_prefix or 'data') + '.purpose.fi', definition=None, rule='type')
                if 'en' in data__purpose_keys:
                    data__purpose_keys.remove('en')
                    data__purpose__en = data__purpose['en']
                    if not isinstance(data__purpose__en, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose.en must be string', value=data__purpose__en, name='' + (name_prefix or 'data') + '.purpose.en', definition=None, rule='type')
                if 'sv' in data__purpose_keys:
                    data__purpose_keys.remove('sv')
                    data__purpose__sv = data__purpose['sv']
                    if not isinstance(data__purpose__sv, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.purpose.sv must be string', value=data__purpose__sv, name='' + (name_prefix or 'data') + '.purpose.sv', definition=None, rule='type')
                if 'source' in data__purpose_keys:
                    data__purpose_keys.remove('source')
                    data__purpose__source = data__purpose['source']
                    validate_common_schema_json___defs_source(data__purpose__source, custom_formats, (name_prefix or 'data') + '.purpose.source')
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
                if 'fi' in data__scope_keys:
                    data__scope_keys.remove('fi')
                    data__scope__fi = data__scope['fi']
                    if not isinstance(data__scope__fi, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope.fi must be string', value=data__scope__fi, name='' + (name_prefix or 'data') + '.scope.fi', definition=None, rule='type')
                if 'en' in data__scope_keys:
                    data__scope_keys.remove('en')
                    data__scope__en = data__scope['en']
                    if not isinstance(data__scope__en, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope.en must be string', value=data__scope__en, name='' + (name_prefix or 'data') + '.scope.en', definition=None, rule='type')
                if 'sv' in data__scope_keys:
                    data__scope_keys.remove('sv')
                    data__scope__sv = data__scope['sv']
                    if not isinstance(data__scope__sv, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope.sv must be string', value=data__scope__sv, name='' + (name_prefix or 'data') + '.scope.sv', definition=None, rule='type')
                if 'source' in data__scope_keys:
                    data__scope_keys.remove('source')
                    data__scope__source = data__scope['source']
                    validate_common_schema_json___defs_source(data__scope__source, custom_formats, (name_prefix or 'data') + '.scope.source')
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
                            if not isinstance(data__sections_item__heading, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + ' must be string', value=data__sections_item__heading, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + '', definition=None, rule='type')
                            if isinstance(data__sections_item__heading, str):
                                data__sections_item__heading_len = len(data__sections_item__heading)
                                if data__sections_item__heading_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__sections_item__heading, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].heading'.format(**locals()) + '', definition=None, rule='minLength')
                        if 'en' in data__sections_item_keys:
                            data__sections_item_keys.remove('en')
                            data__sections_item__en = data__sections_item['en']
                            if not isinstance(data__sections_item__en, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sections[{data__sections_x}].en'.format(**locals()) + ' must be string', value=data__sections_item__en, name='' + (name_prefix or 'data') + '.sections[{data__sections_x}].en'.format(**locals()) + '', definition=None, rule='type')
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
                        if 'fi' in data__terms__costBasis_keys:
                            data__terms__costBasis_keys.remove('fi')
                            data__terms__costBasis__fi = data__terms__costBasis['fi']
                            if not isinstance(data__terms__costBasis__fi, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis.fi must be string', value=data__terms__costBasis__fi, name='' + (name_prefix or 'data') + '.terms.costBasis.fi', definition=None, rule='type')
                        if 'en' in data__terms__costBasis_keys:
                            data__terms__costBasis_keys.remove('en')
                            data__terms__costBasis__en = data__terms__costBasis['en']
                            if not isinstance(data__terms__costBasis__en, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis.en must be string', value=data__terms__costBasis__en, name='' + (name_prefix or 'data') + '.terms.costBasis.en', definition=None, rule='type')
                        if 'sv' in data__terms__costBasis_keys:
                            data__terms__costBasis_keys.remove('sv')
                            data__terms__costBasis__sv = data__terms__costBasis['sv']
                            if not isinstance(data__terms__costBasis__sv, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costBasis.sv must be string', value=data__terms__costBasis__sv, name='' + (name_prefix or 'data') + '.terms.costBasis.sv', definition=None, rule='type')
                        if 'source' in data__terms__costBasis_keys:
                            data__terms__costBasis_keys.remove('source')
                            data__terms__costBasis__source = data__terms__costBasis['source']
                            validate_common_schema_json___defs_source(data__terms__costBasis__source, custom_formats, (name_prefix or 'data') + '.terms.costBasis.source')
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
                        if 'fi' in data__terms__costDistribution_keys:
                            data__terms__costDistribution_keys.remove('fi')
                            data__terms__costDistribution__fi = data__terms__costDistribution['fi']
                            if not isinstance(data__terms__costDistribution__fi, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.fi must be string', value=data__terms__costDistribution__fi, name='' + (name_prefix or 'data') + '.terms.costDistribution.fi', definition=None, rule='type')
                        if 'en' in data__terms__costDistribution_keys:
                            data__terms__costDistribution_keys.remove('en')
                            data__terms__costDistribution__en = data__terms__costDistribution['en']
                            if not isinstance(data__terms__costDistribution__en, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.en must be string', value=data__terms__costDistribution__en, name='' + (name_prefix or 'data') + '.terms.costDistribution.en', definition=None, rule='type')
                        if 'sv' in data__terms__costDistribution_keys:
                            data__terms__costDistribution_keys.remove('sv')
                            data__terms__costDistribution__sv = data__terms__costDistribution['sv']
                            if not isinstance(data__terms__costDistribution__sv, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.costDistribution.sv must be string', value=data__terms__costDistribution__sv, name='' + (name_prefix or 'data') + '.terms.costDistribution.sv', definition=None, rule='type')
                        if 'source' in data__terms__costDistribution_keys:
                            data__terms__costDistribution_keys.remove('source')
                            data__terms__costDistribution__source = data__terms__costDistribution['source']
                            validate_common_schema_json___defs_source(data__terms__costDistribution__source, custom_formats, (name_prefix or 'data') + '.terms.costDistribution.source')
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
                        if 'fi' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('fi')
                            data__terms__validity__fi = data__terms__validity['fi']
                            if not isinstance(data__terms__validity__fi, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity.fi must be string', value=data__terms__validity__fi, name='' + (name_prefix or 'data') + '.terms.validity.fi', definition=None, rule='type')
                        if 'en' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('en')
                            data__terms__validity__en = data__terms__validity['en']
                            if not isinstance(data__terms__validity__en, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity.en must be string', value=data__terms__validity__en, name='' + (name_prefix or 'data') + '.terms.validity.en', definition=None, rule='type')
                        if 'sv' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('sv')
                            data__terms__validity__sv = data__terms__validity['sv']
                            if not isinstance(data__terms__validity__sv, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.validity.sv must be string', value=data__terms__validity__sv, name='' + (name_prefix or 'data') + '.terms.validity.sv', definition=None, rule='type')
                        if 'source' in data__terms__validity_keys:
                            data__terms__validity_keys.remove('source')
                            data__terms__validity__source = data__terms__validity['source']
                            validate_common_schema_json___defs_source(data__terms__validity__source, custom_formats, (name_prefix or 'data') + '.terms.validity.source')
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
                        if 'fi' in data__terms__termination_keys:
                            data__terms__termination_keys.remove('fi')
                            data__terms__termination__fi = data__terms__termination['fi']
                            if not isinstance(data__terms__termination__fi, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.fi must be string', value=data__terms__termination__fi, name='' + (name_prefix or 'data') + '.terms.termination.fi', definition=None, rule='type')
                        if 'en' in data__terms__termination_keys:
                            data__terms__termination_keys.remove('en')
                            data__terms__termination__en = data__terms__termination['en']
                            if not isinstance(data__terms__termination__en, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.en must be string', value=data__terms__termination__en, name='' + (name_prefix or 'data') + '.terms.termination.en', definition=None, rule='type')
                        if 'sv' in data__terms__termination_keys:
                            data__terms__termination_keys.remove('sv')
                            data__terms__termination__sv = data__terms__termination['sv']
                            if not isinstance(data__terms__termination__sv, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination.sv must be string', value=data__terms__termination__sv, name='' + (name_prefix or 'data') + '.terms.termination.sv', definition=None, rule='type')
                        if 'source' in data__terms__termination_keys:
                            data__terms__termination_keys.remove('source')
                            data__terms__termination__source = data__terms__termination['source']
                            validate_common_schema_json___defs_source(data__terms__termination__source, custom_formats, (name_prefix or 'data') + '.terms.termination.source')
                        if data__terms__termination_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms.termination must not contain ' + str(data__terms__termination_keys) + ' properties', value=data__terms__termination, name='' + (name_prefix or 'data') + '.terms.termination', definition=None, rule='additionalProperties')
                if data__terms_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.terms must not contain ' + str(data__terms_keys) + ' properties', value=data__terms, name='' + (name_prefix or 'data') + '.terms', definition=None, rule='additionalProperties')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
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
        if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
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
        if 'fi' in data_keys:
            data_keys.remove('fi')
            data__fi = data['fi']
            if not isinstance(data__fi, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.fi must be string', value=data__fi, name='' + (name_prefix or 'data') + '.fi', definition=None, rule='type')
            if isinstance(data__fi, str):
                data__fi_len = len(data__fi)
                if data__fi_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.fi must be longer than or equal to 1 characters', value=data__fi, name='' + (name_prefix or 'data') + '.fi', definition=None, rule='minLength')
        if 'en' in data_keys:
            data_keys.remove('en')
            data__en = data['en']
            if not isinstance(data__en, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be string', value=data__en, name='' + (name_prefix or 'data') + '.en', definition=None, rule='type')
            if isinstance(data__en, str):
                data__en_len = len(data__en)
                if data__en_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be longer than or equal to 1 characters', value=data__en, name='' + (name_prefix or 'data') + '.en', definition=None, rule='minLength')
        if 'sv' in data_keys:
            data_keys.remove('sv')
            data__sv = data['sv']
            if not isinstance(data__sv, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sv must be string', value=data__sv, name='' + (name_prefix or 'data') + '.sv', definition=None, rule='type')
            if isinstance(data__sv, str):
                data__sv_len = len(data__sv)
                if data__sv_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sv must be longer than or equal to 1 characters', value=data__sv, name='' + (name_prefix or 'data') + '.sv', definition=None, rule='minLength')
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^[a-z]{2}(-[A-Z]{2})?$'].search(data_key):
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
        if not REGEX_PATTERNS['^[a-z0-9]+(?:[-.][a-z0-9]+)*$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z0-9]+(?:[-.][a-z0-9]+)*$', value=data, name='' + (name_prefix or 'data') + '', definition=None, rule='pattern')
    return data
