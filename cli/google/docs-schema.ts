import { z } from 'zod';

// The subset of the Docs API v1 `Document` resource (developers.google.com/docs/api/reference/rest/v1/documents)
// that Khung reads. Objects are loose: the API adds fields often, and an unknown field must not fail a check.

/** A magnitude in a unit; Docs sends "PT" (points) for every length it returns. */
export const Dimension = z.looseObject({ magnitude: z.number().optional(), unit: z.string().optional() });
export type Dimension = z.infer<typeof Dimension>;

/** Character formatting; unset fields are inherited from the paragraph's named style. */
export const TextStyle = z.looseObject({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  fontSize: Dimension.optional(),
  weightedFontFamily: z.looseObject({ fontFamily: z.string().optional() }).optional(),
});
export type TextStyle = z.infer<typeof TextStyle>;

/** Paragraph formatting; unset fields are inherited from the named style, then NORMAL_TEXT. */
export const ParagraphStyle = z.looseObject({
  namedStyleType: z.string().optional(),
  alignment: z.string().optional(),
  indentFirstLine: Dimension.optional(),
  indentStart: Dimension.optional(),
});
export type ParagraphStyle = z.infer<typeof ParagraphStyle>;

export const ParagraphElement = z.looseObject({
  startIndex: z.number().optional(),
  textRun: z.looseObject({ content: z.string().optional(), textStyle: TextStyle.optional() }).optional(),
});

export const Paragraph = z.looseObject({
  elements: z.array(ParagraphElement).optional(),
  paragraphStyle: ParagraphStyle.optional(),
  bullet: z.looseObject({}).optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** A body element: a paragraph, a table (cells hold elements again), a section break or a TOC. */
export interface StructuralElement {
  startIndex?: number | undefined;
  paragraph?: Paragraph | undefined;
  table?:
    | {
        tableRows?:
          | Array<{ tableCells?: Array<{ content?: StructuralElement[] | undefined }> | undefined }>
          | undefined;
      }
    | undefined;
  tableOfContents?: unknown;
}
export const StructuralElement: z.ZodType<StructuralElement> = z.lazy(() =>
  z.looseObject({
    startIndex: z.number().optional(),
    paragraph: Paragraph.optional(),
    table: z
      .looseObject({
        tableRows: z
          .array(
            z.looseObject({
              tableCells: z
                .array(z.looseObject({ content: z.array(StructuralElement).optional() }))
                .optional(),
            }),
          )
          .optional(),
      })
      .optional(),
    tableOfContents: z.unknown().optional(),
  }),
);

export const Body = z.looseObject({ content: z.array(StructuralElement).optional() });

export const DocumentStyle = z.looseObject({
  pageSize: z.looseObject({ width: Dimension.optional(), height: Dimension.optional() }).optional(),
  marginTop: Dimension.optional(),
  marginBottom: Dimension.optional(),
  marginLeft: Dimension.optional(),
  marginRight: Dimension.optional(),
});
export type DocumentStyle = z.infer<typeof DocumentStyle>;

export const NamedStyles = z.looseObject({
  styles: z
    .array(
      z.looseObject({
        namedStyleType: z.string().optional(),
        textStyle: TextStyle.optional(),
        paragraphStyle: ParagraphStyle.optional(),
      }),
    )
    .optional(),
});
export type NamedStyles = z.infer<typeof NamedStyles>;

/** The content of one tab: the same fields a document without tabs has at its top level. */
export const DocumentTab = z.looseObject({
  body: Body.optional(),
  documentStyle: DocumentStyle.optional(),
  namedStyles: NamedStyles.optional(),
});
export type DocumentTab = z.infer<typeof DocumentTab>;

/** A tab with its nested child tabs (requested with includeTabsContent=true). */
export interface Tab {
  tabProperties?: { tabId?: string | undefined; title?: string | undefined } | undefined;
  documentTab?: DocumentTab | undefined;
  childTabs?: Tab[] | undefined;
}
export const Tab: z.ZodType<Tab> = z.lazy(() =>
  z.looseObject({
    tabProperties: z.looseObject({ tabId: z.string().optional(), title: z.string().optional() }).optional(),
    documentTab: DocumentTab.optional(),
    childTabs: z.array(Tab).optional(),
  }),
);

/** A `documents.get` response: tabs when includeTabsContent was set, the legacy top-level body otherwise. */
export const GoogleDocument = z.looseObject({
  documentId: z.string(),
  title: z.string().optional(),
  revisionId: z.string().optional(),
  tabs: z.array(Tab).optional(),
  body: Body.optional(),
  documentStyle: DocumentStyle.optional(),
  namedStyles: NamedStyles.optional(),
});
export type GoogleDocument = z.infer<typeof GoogleDocument>;
