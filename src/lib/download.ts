/** Hands a file to the browser to save, under the name given. */
export function downloadFile(name: string, content: Blob | string, type = 'text/plain') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the click's download starts; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
