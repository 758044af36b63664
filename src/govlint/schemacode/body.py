# Generated from schemas/body.schema.json by fastjsonschema 2.22.3; do not edit.
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
        data__missing_keys = set(['apiVersion', 'kind', 'id', 'name', 'tier', 'source']) - data.keys()
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
            if not (isinstance(data__kind, str) and data__kind == 'Body'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: Body', value=data__kind, name='' + (name_prefix or 'data') + '.kind', definition=None, rule='const')
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
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            validate_common_schema_json___defs_source(data__source, custom_formats, (name_prefix or 'data') + '.source')
        if 'legalForm' in data_keys:
            data_keys.remove('legalForm')
            data__legalForm = data['legalForm']
            if not isinstance(data__legalForm, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalForm must be object', value=data__legalForm, name='' + (name_prefix or 'data') + '.legalForm', definition=None, rule='type')
            data__legalForm_is_dict = isinstance(data__legalForm, dict)
            if data__legalForm_is_dict:
                data__legalForm__missing_keys = set(['type', 'source']) - data__legalForm.keys()
                if data__legalForm__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalForm must contain ' + (str(sorted(data__legalForm__missing_keys)) + ' properties'), value=data__legalForm, name='' + (name_prefix or 'data') + '.legalForm', definition=None, rule='required')
                data__legalForm_keys = set(data__legalForm.keys())
                if 'type' in data__legalForm_keys:
                    data__legalForm_keys.remove('type')
                    data__legalForm__type = data__legalForm['type']
                    if not (isinstance(data__legalForm__type, str) and data__legalForm__type == 'joint-body' or (isinstance(data__legalForm__type, str) and data__legalForm__type == 'committee') or (isinstance(data__legalForm__type, str) and data__legalForm__type == 'working-group') or (isinstance(data__legalForm__type, str) and data__legalForm__type == 'network') or (isinstance(data__legalForm__type, str) and data__legalForm__type == 'other')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + ".legalForm.type must be one of ['joint-body', 'committee', 'working-group', 'network', 'other']", value=data__legalForm__type, name='' + (name_prefix or 'data') + '.legalForm.type', definition=None, rule='enum')
                if 'description' in data__legalForm_keys:
                    data__legalForm_keys.remove('description')
                    data__legalForm__description = data__legalForm['description']
                    validate_common_schema_json___defs_text(data__legalForm__description, custom_formats, (name_prefix or 'data') + '.legalForm.description')
                if 'legalBasis' in data__legalForm_keys:
                    data__legalForm_keys.remove('legalBasis')
                    data__legalForm__legalBasis = data__legalForm['legalBasis']
                    validate_common_schema_json___defs_localid(data__legalForm__legalBasis, custom_formats, (name_prefix or 'data') + '.legalForm.legalBasis')
                if 'contract' in data__legalForm_keys:
                    data__legalForm_keys.remove('contract')
                    data__legalForm__contract = data__legalForm['contract']
                    validate_common_schema_json___defs_localid(data__legalForm__contract, custom_formats, (name_prefix or 'data') + '.legalForm.contract')
                if 'source' in data__legalForm_keys:
                    data__legalForm_keys.remove('source')
                    data__legalForm__source = data__legalForm['source']
                    validate_common_schema_json___defs_source(data__legalForm__source, custom_formats, (name_prefix or 'data') + '.legalForm.source')
                if data__legalForm_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legalForm must not contain ' + str(data__legalForm_keys) + ' properties', value=data__legalForm, name='' + (name_prefix or 'data') + '.legalForm', definition=None, rule='additionalProperties')
        if 'appointedBy' in data_keys:
            data_keys.remove('appointedBy')
            data__appointedBy = data['appointedBy']
            validate_common_schema_json___defs_sourcedref(data__appointedBy, custom_formats, (name_prefix or 'data') + '.appointedBy')
        if 'members' in data_keys:
            data_keys.remove('members')
            data__members = data['members']
            if not isinstance(data__members, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members must be array', value=data__members, name='' + (name_prefix or 'data') + '.members', definition=None, rule='type')
            data__members_is_list = isinstance(data__members, (list, tuple))
            if data__members_is_list:
                data__members_len = len(data__members)
                for data__members_x, data__members_item in enumerate(data__members):
                    if not isinstance(data__members_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + ' must be object', value=data__members_item, name='' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__members_item_any_of_count1 = 0
                    if not data__members_item_any_of_count1:
                        try:
                            data__members_item_is_dict = isinstance(data__members_item, dict)
                            if data__members_item_is_dict:
                                data__members_item__missing_keys = set(['position']) - data__members_item.keys()
                                if data__members_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__members_item__missing_keys)) + ' properties'), value=data__members_item, name='' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + '', definition=None, rule='required')
                            data__members_item_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__members_item_any_of_count1:
                        try:
                            data__members_item_is_dict = isinstance(data__members_item, dict)
                            if data__members_item_is_dict:
                                data__members_item__missing_keys = set(['party']) - data__members_item.keys()
                                if data__members_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__members_item__missing_keys)) + ' properties'), value=data__members_item, name='' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + '', definition=None, rule='required')
                                data__members_item_keys = set(data__members_item.keys())
                                if 'role' in data__members_item_keys:
                                    data__members_item_keys.remove('role')
                                    data__members_item__role = data__members_item['role']
                                    if not (isinstance(data__members_item__role, str) and data__members_item__role == 'invited-expert'):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}].role'.format(**locals()) + ' must be same as const definition: invited-expert', value=data__members_item__role, name='' + (name_prefix or 'data') + '.members[{data__members_x}].role'.format(**locals()) + '', definition=None, rule='const')
                            data__members_item_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__members_item_any_of_count1:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + ' cannot be validated by any definition', value=data__members_item, name='' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + '', definition=None, rule='anyOf')
                    data__members_item_is_dict = isinstance(data__members_item, dict)
                    if data__members_item_is_dict:
                        data__members_item__missing_keys = set(['role', 'source']) - data__members_item.keys()
                        if data__members_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__members_item__missing_keys)) + ' properties'), value=data__members_item, name='' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__members_item_keys = set(data__members_item.keys())
                        if 'position' in data__members_item_keys:
                            data__members_item_keys.remove('position')
                            data__members_item__position = data__members_item['position']
                            validate_common_schema_json___defs_id(data__members_item__position, custom_formats, (name_prefix or 'data') + '.members[{data__members_x}].position'.format(**locals()))
                        if 'party' in data__members_item_keys:
                            data__members_item_keys.remove('party')
                            data__members_item__party = data__members_item['party']
                            validate_common_schema_json___defs_id(data__members_item__party, custom_formats, (name_prefix or 'data') + '.members[{data__members_x}].party'.format(**locals()))
                        if 'role' in data__members_item_keys:
                            data__members_item_keys.remove('role')
                            data__members_item__role = data__members_item['role']
                            if not (isinstance(data__members_item__role, str) and data__members_item__role == 'chair' or (isinstance(data__members_item__role, str) and data__members_item__role == 'vice-chair') or (isinstance(data__members_item__role, str) and data__members_item__role == 'member') or (isinstance(data__members_item__role, str) and data__members_item__role == 'secretary') or (isinstance(data__members_item__role, str) and data__members_item__role == 'invited-expert')):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}].role'.format(**locals()) + " must be one of ['chair', 'vice-chair', 'member', 'secretary', 'invited-expert']", value=data__members_item__role, name='' + (name_prefix or 'data') + '.members[{data__members_x}].role'.format(**locals()) + '', definition=None, rule='enum')
                        if 'exOfficio' in data__members_item_keys:
                            data__members_item_keys.remove('exOfficio')
                            data__members_item__exOfficio = data__members_item['exOfficio']
                            if not isinstance(data__members_item__exOfficio, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}].exOfficio'.format(**locals()) + ' must be boolean', value=data__members_item__exOfficio, name='' + (name_prefix or 'data') + '.members[{data__members_x}].exOfficio'.format(**locals()) + '', definition=None, rule='type')
                        if 'allHolders' in data__members_item_keys:
                            data__members_item_keys.remove('allHolders')
                            data__members_item__allHolders = data__members_item['allHolders']
                            if not isinstance(data__members_item__allHolders, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}].allHolders'.format(**locals()) + ' must be boolean', value=data__members_item__allHolders, name='' + (name_prefix or 'data') + '.members[{data__members_x}].allHolders'.format(**locals()) + '', definition=None, rule='type')
                        if 'description' in data__members_item_keys:
                            data__members_item_keys.remove('description')
                            data__members_item__description = data__members_item['description']
                            validate_common_schema_json___defs_text(data__members_item__description, custom_formats, (name_prefix or 'data') + '.members[{data__members_x}].description'.format(**locals()))
                        if 'source' in data__members_item_keys:
                            data__members_item_keys.remove('source')
                            data__members_item__source = data__members_item['source']
                            validate_common_schema_json___defs_source(data__members_item__source, custom_formats, (name_prefix or 'data') + '.members[{data__members_x}].source'.format(**locals()))
                        if data__members_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + ' must not contain ' + str(data__members_item_keys) + ' properties', value=data__members_item, name='' + (name_prefix or 'data') + '.members[{data__members_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'representation' in data_keys:
            data_keys.remove('representation')
            data__representation = data['representation']
            if not isinstance(data__representation, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.representation must be array', value=data__representation, name='' + (name_prefix or 'data') + '.representation', definition=None, rule='type')
            data__representation_is_list = isinstance(data__representation, (list, tuple))
            if data__representation_is_list:
                data__representation_len = len(data__representation)
                for data__representation_x, data__representation_item in enumerate(data__representation):
                    if not isinstance(data__representation_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.representation[{data__representation_x}]'.format(**locals()) + ' must be object', value=data__representation_item, name='' + (name_prefix or 'data') + '.representation[{data__representation_x}]'.format(**locals()) + '', definition=None, rule='type')
                    data__representation_item_is_dict = isinstance(data__representation_item, dict)
                    if data__representation_item_is_dict:
                        data__representation_item__missing_keys = set(['party', 'source']) - data__representation_item.keys()
                        if data__representation_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.representation[{data__representation_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__representation_item__missing_keys)) + ' properties'), value=data__representation_item, name='' + (name_prefix or 'data') + '.representation[{data__representation_x}]'.format(**locals()) + '', definition=None, rule='required')
                        data__representation_item_keys = set(data__representation_item.keys())
                        if 'party' in data__representation_item_keys:
                            data__representation_item_keys.remove('party')
                            data__representation_item__party = data__representation_item['party']
                            validate_common_schema_json___defs_id(data__representation_item__party, custom_formats, (name_prefix or 'data') + '.representation[{data__representation_x}].party'.format(**locals()))
                        if 'via' in data__representation_item_keys:
                            data__representation_item_keys.remove('via')
                            data__representation_item__via = data__representation_item['via']
                            validate_common_schema_json___defs_id(data__representation_item__via, custom_formats, (name_prefix or 'data') + '.representation[{data__representation_x}].via'.format(**locals()))
                        if 'description' in data__representation_item_keys:
                            data__representation_item_keys.remove('description')
                            data__representation_item__description = data__representation_item['description']
                            validate_common_schema_json___defs_text(data__representation_item__description, custom_formats, (name_prefix or 'data') + '.representation[{data__representation_x}].description'.format(**locals()))
                        if 'source' in data__representation_item_keys:
                            data__representation_item_keys.remove('source')
                            data__representation_item__source = data__representation_item['source']
                            validate_common_schema_json___defs_source(data__representation_item__source, custom_formats, (name_prefix or 'data') + '.representation[{data__representation_x}].source'.format(**locals()))
                        if data__representation_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.representation[{data__representation_x}]'.format(**locals()) + ' must not contain ' + str(data__representation_item_keys) + ' properties', value=data__representation_item, name='' + (name_prefix or 'data') + '.representation[{data__representation_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
        if 'cadence' in data_keys:
            data_keys.remove('cadence')
            data__cadence = data['cadence']
            if not isinstance(data__cadence, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence must be object', value=data__cadence, name='' + (name_prefix or 'data') + '.cadence', definition=None, rule='type')
            data__cadence_is_dict = isinstance(data__cadence, dict)
            if data__cadence_is_dict:
                data__cadence__missing_keys = set(['min', 'max', 'source']) - data__cadence.keys()
                if data__cadence__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence must contain ' + (str(sorted(data__cadence__missing_keys)) + ' properties'), value=data__cadence, name='' + (name_prefix or 'data') + '.cadence', definition=None, rule='required')
                data__cadence_keys = set(data__cadence.keys())
                if 'min' in data__cadence_keys:
                    data__cadence_keys.remove('min')
                    data__cadence__min = data__cadence['min']
                    if not isinstance(data__cadence__min, int) and (not (isinstance(data__cadence__min, float) and data__cadence__min.is_integer())) or isinstance(data__cadence__min, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.min must be integer', value=data__cadence__min, name='' + (name_prefix or 'data') + '.cadence.min', definition=None, rule='type')
                    if isinstance(data__cadence__min, (int, float, Decimal)) and (not isinstance(data__cadence__min, bool)):
                        if data__cadence__min < 0:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.min must be bigger than or equal to 0', value=data__cadence__min, name='' + (name_prefix or 'data') + '.cadence.min', definition=None, rule='minimum')
                if 'max' in data__cadence_keys:
                    data__cadence_keys.remove('max')
                    data__cadence__max = data__cadence['max']
                    if not isinstance(data__cadence__max, int) and (not (isinstance(data__cadence__max, float) and data__cadence__max.is_integer())) or isinstance(data__cadence__max, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.max must be integer', value=data__cadence__max, name='' + (name_prefix or 'data') + '.cadence.max', definition=None, rule='type')
                    if isinstance(data__cadence__max, (int, float, Decimal)) and (not isinstance(data__cadence__max, bool)):
                        if data__cadence__max < 0:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.max must be bigger than or equal to 0', value=data__cadence__max, name='' + (name_prefix or 'data') + '.cadence.max', definition=None, rule='minimum')
                if 'approximate' in data__cadence_keys:
                    data__cadence_keys.remove('approximate')
                    data__cadence__approximate = data__cadence['approximate']
                    if not isinstance(data__cadence__approximate, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.approximate must be boolean', value=data__cadence__approximate, name='' + (name_prefix or 'data') + '.cadence.approximate', definition=None, rule='type')
                if 'frequency' in data__cadence_keys:
                    data__cadence_keys.remove('frequency')
                    data__cadence__frequency = data__cadence['frequency']
                    if not (isinstance(data__cadence__frequency, str) and data__cadence__frequency == 'monthly' or (isinstance(data__cadence__frequency, str) and data__cadence__frequency == 'quarterly')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + ".cadence.frequency must be one of ['monthly', 'quarterly']", value=data__cadence__frequency, name='' + (name_prefix or 'data') + '.cadence.frequency', definition=None, rule='enum')
                if 'source' in data__cadence_keys:
                    data__cadence_keys.remove('source')
                    data__cadence__source = data__cadence['source']
                    validate_common_schema_json___defs_source(data__cadence__source, custom_formats, (name_prefix or 'data') + '.cadence.source')
                if 'meetings' in data__cadence_keys:
                    data__cadence_keys.remove('meetings')
                    data__cadence__meetings = data__cadence['meetings']
                    if not isinstance(data__cadence__meetings, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings must be array', value=data__cadence__meetings, name='' + (name_prefix or 'data') + '.cadence.meetings', definition=None, rule='type')
                    data__cadence__meetings_is_list = isinstance(data__cadence__meetings, (list, tuple))
                    if data__cadence__meetings_is_list:
                        data__cadence__meetings_len = len(data__cadence__meetings)
                        for data__cadence__meetings_x, data__cadence__meetings_item in enumerate(data__cadence__meetings):
                            if not isinstance(data__cadence__meetings_item, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}]'.format(**locals()) + ' must be object', value=data__cadence__meetings_item, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}]'.format(**locals()) + '', definition=None, rule='type')
                            data__cadence__meetings_item_is_dict = isinstance(data__cadence__meetings_item, dict)
                            if data__cadence__meetings_item_is_dict:
                                data__cadence__meetings_item__missing_keys = set(['id', 'name', 'window', 'source']) - data__cadence__meetings_item.keys()
                                if data__cadence__meetings_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__cadence__meetings_item__missing_keys)) + ' properties'), value=data__cadence__meetings_item, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}]'.format(**locals()) + '', definition=None, rule='required')
                                data__cadence__meetings_item_keys = set(data__cadence__meetings_item.keys())
                                if 'id' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('id')
                                    data__cadence__meetings_item__id = data__cadence__meetings_item['id']
                                    validate_common_schema_json___defs_localid(data__cadence__meetings_item__id, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].id'.format(**locals()))
                                if 'name' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('name')
                                    data__cadence__meetings_item__name = data__cadence__meetings_item['name']
                                    validate_common_schema_json___defs_text(data__cadence__meetings_item__name, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].name'.format(**locals()))
                                if 'when' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('when')
                                    data__cadence__meetings_item__when = data__cadence__meetings_item['when']
                                    validate_common_schema_json___defs_text(data__cadence__meetings_item__when, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].when'.format(**locals()))
                                if 'window' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('window')
                                    data__cadence__meetings_item__window = data__cadence__meetings_item['window']
                                    if not isinstance(data__cadence__meetings_item__window, dict):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window'.format(**locals()) + ' must be object', value=data__cadence__meetings_item__window, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window'.format(**locals()) + '', definition=None, rule='type')
                                    data__cadence__meetings_item__window_is_dict = isinstance(data__cadence__meetings_item__window, dict)
                                    if data__cadence__meetings_item__window_is_dict:
                                        data__cadence__meetings_item__window__missing_keys = set(['from', 'to']) - data__cadence__meetings_item__window.keys()
                                        if data__cadence__meetings_item__window__missing_keys:
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window'.format(**locals()) + ' must contain ' + (str(sorted(data__cadence__meetings_item__window__missing_keys)) + ' properties'), value=data__cadence__meetings_item__window, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window'.format(**locals()) + '', definition=None, rule='required')
                                        data__cadence__meetings_item__window_keys = set(data__cadence__meetings_item__window.keys())
                                        if 'from' in data__cadence__meetings_item__window_keys:
                                            data__cadence__meetings_item__window_keys.remove('from')
                                            data__cadence__meetings_item__window__from = data__cadence__meetings_item__window['from']
                                            validate_common_schema_json___defs_month(data__cadence__meetings_item__window__from, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window.from'.format(**locals()))
                                        if 'to' in data__cadence__meetings_item__window_keys:
                                            data__cadence__meetings_item__window_keys.remove('to')
                                            data__cadence__meetings_item__window__to = data__cadence__meetings_item__window['to']
                                            validate_common_schema_json___defs_month(data__cadence__meetings_item__window__to, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window.to'.format(**locals()))
                                        if data__cadence__meetings_item__window_keys:
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window'.format(**locals()) + ' must not contain ' + str(data__cadence__meetings_item__window_keys) + ' properties', value=data__cadence__meetings_item__window, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].window'.format(**locals()) + '', definition=None, rule='additionalProperties')
                                if 'windowSource' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('windowSource')
                                    data__cadence__meetings_item__windowSource = data__cadence__meetings_item['windowSource']
                                    validate_common_schema_json___defs_source(data__cadence__meetings_item__windowSource, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].windowSource'.format(**locals()))
                                if 'topics' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('topics')
                                    data__cadence__meetings_item__topics = data__cadence__meetings_item['topics']
                                    if not isinstance(data__cadence__meetings_item__topics, (list, tuple)):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics'.format(**locals()) + ' must be array', value=data__cadence__meetings_item__topics, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics'.format(**locals()) + '', definition=None, rule='type')
                                    data__cadence__meetings_item__topics_is_list = isinstance(data__cadence__meetings_item__topics, (list, tuple))
                                    if data__cadence__meetings_item__topics_is_list:
                                        data__cadence__meetings_item__topics_len = len(data__cadence__meetings_item__topics)
                                        for data__cadence__meetings_item__topics_x, data__cadence__meetings_item__topics_item in enumerate(data__cadence__meetings_item__topics):
                                            if not isinstance(data__cadence__meetings_item__topics_item, dict):
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}]'.format(**locals()) + ' must be object', value=data__cadence__meetings_item__topics_item, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}]'.format(**locals()) + '', definition=None, rule='type')
                                            data__cadence__meetings_item__topics_item_is_dict = isinstance(data__cadence__meetings_item__topics_item, dict)
                                            if data__cadence__meetings_item__topics_item_is_dict:
                                                data__cadence__meetings_item__topics_item__missing_keys = set(['id', 'name']) - data__cadence__meetings_item__topics_item.keys()
                                                if data__cadence__meetings_item__topics_item__missing_keys:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__cadence__meetings_item__topics_item__missing_keys)) + ' properties'), value=data__cadence__meetings_item__topics_item, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}]'.format(**locals()) + '', definition=None, rule='required')
                                                data__cadence__meetings_item__topics_item_keys = set(data__cadence__meetings_item__topics_item.keys())
                                                if 'id' in data__cadence__meetings_item__topics_item_keys:
                                                    data__cadence__meetings_item__topics_item_keys.remove('id')
                                                    data__cadence__meetings_item__topics_item__id = data__cadence__meetings_item__topics_item['id']
                                                    validate_common_schema_json___defs_localid(data__cadence__meetings_item__topics_item__id, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}].id'.format(**locals()))
                                                if 'name' in data__cadence__meetings_item__topics_item_keys:
                                                    data__cadence__meetings_item__topics_item_keys.remove('name')
                                                    data__cadence__meetings_item__topics_item__name = data__cadence__meetings_item__topics_item['name']
                                                    validate_common_schema_json___defs_text(data__cadence__meetings_item__topics_item__name, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}].name'.format(**locals()))
                                                if data__cadence__meetings_item__topics_item_keys:
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}]'.format(**locals()) + ' must not contain ' + str(data__cadence__meetings_item__topics_item_keys) + ' properties', value=data__cadence__meetings_item__topics_item, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].topics[{data__cadence__meetings_item__topics_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
                                if 'source' in data__cadence__meetings_item_keys:
                                    data__cadence__meetings_item_keys.remove('source')
                                    data__cadence__meetings_item__source = data__cadence__meetings_item['source']
                                    validate_common_schema_json___defs_source(data__cadence__meetings_item__source, custom_formats, (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}].source'.format(**locals()))
                                if data__cadence__meetings_item_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}]'.format(**locals()) + ' must not contain ' + str(data__cadence__meetings_item_keys) + ' properties', value=data__cadence__meetings_item, name='' + (name_prefix or 'data') + '.cadence.meetings[{data__cadence__meetings_x}]'.format(**locals()) + '', definition=None, rule='additionalProperties')
                if data__cadence_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cadence must not contain ' + str(data__cadence_keys) + ' properties', value=data__cadence, name='' + (name_prefix or 'data') + '.cadence', definition=None, rule='additionalProperties')
        if 'escalatesTo' in data_keys:
            data_keys.remove('escalatesTo')
            data__escalatesTo = data['escalatesTo']
            validate_common_schema_json___defs_sourcedref(data__escalatesTo, custom_formats, (name_prefix or 'data') + '.escalatesTo')
        if 'reportsTo' in data_keys:
            data_keys.remove('reportsTo')
            data__reportsTo = data['reportsTo']
            validate_common_schema_json___defs_sourcedref(data__reportsTo, custom_formats, (name_prefix or 'data') + '.reportsTo')
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
