/**
 * A real file input behind a visible button: the button is what keyboard and pointer users
 * reach, the input is what the browser (and a test's setInputFiles) fills.
 */
import { useRef } from 'react';

export interface FilePickerButtonProps {
  label: string;
  onFile: (file: File) => void;
  className?: string;
}

export function FilePickerButton({ label, onFile, className }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept=".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap"
        tabIndex={-1}
        aria-hidden="true"
        aria-label={label}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0] ?? null;
          // Cleared, so choosing the same file again (after editing it) opens it again.
          e.currentTarget.value = '';
          if (file !== null) onFile(file);
        }}
      />
      <button
        type="button"
        className={className ?? 'capture-button'}
        onClick={() => {
          input.current?.click();
        }}
      >
        {label}
      </button>
    </>
  );
}
