import { t } from './i18n.ts';

/** The buttons of one row of the user library (snippet or outline): move up/down, edit, delete. */
export function ItemActions(props: {
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  editLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <div class="k-row">
      <button
        type="button"
        class="k-button"
        data-action="up"
        disabled={props.first}
        onClick={() => props.onMove(-1)}
      >
        {t('snippetUp')}
      </button>
      <button
        type="button"
        class="k-button"
        data-action="down"
        disabled={props.last}
        onClick={() => props.onMove(1)}
      >
        {t('snippetDown')}
      </button>
      <button type="button" class="k-button" data-action="edit" onClick={props.onEdit}>
        {props.editLabel}
      </button>
      <button type="button" class="k-button k-button-danger" data-action="delete" onClick={props.onDelete}>
        {t('snippetDelete')}
      </button>
    </div>
  );
}
