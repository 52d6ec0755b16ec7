/** Whether Office shows a dark theme: its body background is dark (Office.context.officeTheme, when the host provides it). */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function officeIsDark(): boolean {
  try {
    return isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return false; // outside Office or a host without officeTheme
  }
}
