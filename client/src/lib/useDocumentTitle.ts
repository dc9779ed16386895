// Sets the browser tab title (WCAG 2.4.2: each page has a descriptive title).
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Samverka`;
  }, [title]);
}
