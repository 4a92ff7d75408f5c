/** One transport button: an icon with its name as label and tooltip. */
import { Icon, type IconName } from '../kit/index.ts';

export interface TransportButtonProps {
  label: string;
  icon: IconName;
  onPress: () => void;
  disabled?: boolean;
  primary?: boolean;
}

export function TransportButton({ label, icon, onPress, disabled, primary }: TransportButtonProps) {
  return (
    <button
      type="button"
      className={primary === true ? 'icon-button primary' : 'icon-button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onPress}
    >
      <Icon name={icon} />
    </button>
  );
}
