import type { ComponentChildren } from 'preact';

/** One tab of a Tabs bar. */
export interface TabDef<T extends string> {
  id: T;
  label: string;
}

/**
 * An accessible tab bar (WAI-ARIA tabs pattern: arrow keys move between tabs, Home/End jump) whose
 * panel is `children`; the panel is labelled by the active tab.
 */
export function Tabs<T extends string>(props: {
  tabs: readonly TabDef<T>[];
  active: T;
  onChange: (id: T) => void;
  children: ComponentChildren;
}) {
  const { tabs, active, onChange } = props;
  const move = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    let next = -1;
    if (event.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onChange(tab.id);
    document.getElementById(`k-tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <div class="k-tabs" role="tablist" aria-label="Chức năng" onKeyDown={move}>
        {tabs.map((t) => (
          <button
            type="button"
            role="tab"
            id={`k-tab-${t.id}`}
            key={t.id}
            class="k-tab"
            aria-selected={t.id === active}
            aria-controls={`k-panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section class="k-panel" role="tabpanel" id={`k-panel-${active}`} aria-labelledby={`k-tab-${active}`}>
        {props.children}
      </section>
    </>
  );
}
