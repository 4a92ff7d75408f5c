/** The kit: generic dialogs, inputs, icons and hooks that any feature may use. */
export { ChoiceSelect } from './ChoiceSelect.tsx';
export { CopyField } from './CopyField.tsx';
export { Dialog } from './Dialog.tsx';
export { downloadBlob, downloadText } from './download.ts';
export { FilePickerButton } from './FilePickerButton.tsx';
export { Icon, type IconName } from './Icon.tsx';
export { nextTask } from './nextTask.ts';
export { replaceAddress } from './replaceAddress.ts';
export { ToolIcon, type ToolIconName } from './ToolIcon.tsx';
export { type CopyStatus } from './useCopy.ts';
export { useElementWidth } from './useElementWidth.ts';
export { useSliced } from './useSliced.ts';
export { useFileDrop } from './useFileDrop.ts';
export { traceEventSchema, traceSchema } from './traceSchema.ts';
export { tcbTableSchema } from './tcbTableSchema.ts';
export { useMediaQuery } from './useMediaQuery.ts';
