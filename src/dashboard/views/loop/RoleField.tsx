import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { roleKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Field } from '../../../ui/components/Field';

/** "Role in this loop": the one select Add person, New person and the participant editor share. */
export function RoleField({
  role,
  onChange,
}: {
  role: ParticipantRole;
  onChange: (role: ParticipantRole) => void;
}) {
  return (
    <Field label={t('dashboard_role_in_loop')}>
      <ChoiceSelect
        value={role}
        choices={PARTICIPANT_ROLES}
        label={(choice) => t(roleKey(choice))}
        onChange={onChange}
      />
    </Field>
  );
}
