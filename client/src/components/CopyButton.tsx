// Copies a text to the clipboard and says, politely, whether it worked.
import { useState } from 'react';

export function CopyButton({
  text,
  label,
  copiedMessage,
  failedMessage,
}: {
  text: string;
  label: string;
  copiedMessage: string;
  failedMessage: string;
}) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      // Missing outside secure contexts (plain http on another host than localhost).
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-button__outcome">
        {outcome === 'copied' ? copiedMessage : outcome === 'failed' ? failedMessage : ''}
      </span>
    </span>
  );
}
