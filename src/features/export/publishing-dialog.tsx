import { useId, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { DEFAULT_PUBLISHING_WIDTH, MIN_LABEL_PX, type ImageFormat } from '../../graph';
import './publishing.css';

export interface PublishingChoice {
  format: ImageFormat;
  width: number;
  title: string;
  isDark: boolean;
  withFaded: boolean;
}

const MIN_WIDTH = 400;
const MAX_WIDTH = 4000;

/**
 * "Image for publishing": the choices a picture for a story needs (format, width, title, a
 * dark background, the faded background), then "Save image".
 */
export function PublishingDialog({
  isOpen,
  onClose,
  defaultTitle,
  hasFaded,
  onSave,
}: {
  isOpen: boolean;
  onClose: () => void;
  defaultTitle: string;
  hasFaded: boolean;
  onSave: (choice: PublishingChoice) => void;
}) {
  const headingId = useId();
  const [format, setFormat] = useState<ImageFormat>('png');
  const [width, setWidth] = useState(String(DEFAULT_PUBLISHING_WIDTH));
  const [title, setTitle] = useState<string | null>(null);
  const [isDark, setIsDark] = useState(false);
  const [withFaded, setWithFaded] = useState(false);
  const widthValue = Number(width);
  const isWidthValid =
    Number.isInteger(widthValue) && widthValue >= MIN_WIDTH && widthValue <= MAX_WIDTH;
  const save = () => {
    if (!isWidthValid) return;
    onSave({ format, width: widthValue, title: title ?? defaultTitle, isDark, withFaded });
  };
  return (
    <ModalDialog
      isOpen={isOpen}
      onClose={onClose}
      labelledBy={headingId}
      className="app-dialog publishing-dialog"
      actions={
        <button type="submit" onClick={save} disabled={!isWidthValid}>
          Save image
        </button>
      }
    >
      <h2 id={headingId}>Image for publishing</h2>
      <p>
        The view as it is shown, with a title, a legend of what it draws and a credit line. Labels
        are at least {MIN_LABEL_PX} px at the width chosen; where enlarged labels would cover each
        other, the less linked entity’s is left out.
      </p>
      <div className="publishing-fields">
        <label>
          Title
          <input
            type="text"
            value={title ?? defaultTitle}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
        </label>
        <label>
          Width in pixels
          <input
            type="number"
            inputMode="numeric"
            min={MIN_WIDTH}
            max={MAX_WIDTH}
            step={10}
            value={width}
            aria-invalid={!isWidthValid}
            onChange={(event) => setWidth(event.currentTarget.value)}
          />
        </label>
        {!isWidthValid && (
          <p role="alert">
            A width from {MIN_WIDTH} to {MAX_WIDTH} pixels, in whole pixels.
          </p>
        )}
        <fieldset>
          <legend>Format</legend>
          {(['png', 'svg'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="publishing-format"
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              {value === 'png' ? 'PNG picture' : 'SVG drawing'}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={isDark}
            onChange={(event) => setIsDark(event.currentTarget.checked)}
          />
          Dark background
        </label>
        {hasFaded && (
          <label>
            <input
              type="checkbox"
              checked={withFaded}
              onChange={(event) => setWithFaded(event.currentTarget.checked)}
            />
            Include what the view fades, faintly
          </label>
        )}
      </div>
    </ModalDialog>
  );
}
