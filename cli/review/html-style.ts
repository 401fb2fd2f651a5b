/** The report's stylesheet, inline: the file must open offline, attached to an e-mail, with no asset. */
export const REPORT_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2430;background:#f6f7f9}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:32px 0 12px}
.sub{color:#5f6673;margin:0}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:20px 0}
.card{background:#fff;border-radius:10px;padding:12px 18px;min-width:150px;box-shadow:0 1px 2px #0002}
.card b{display:block;font-size:28px}
.card.ok b{color:#1e8e3e}.card.errors b{color:#d93025}.card.failed b{color:#b06000}.card.skipped b{color:#5f6673}
.charts{display:flex;gap:16px;flex-wrap:wrap}
.panel{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 2px #0002;overflow-x:auto}
.charts .panel{flex:1 1 380px}
table.docs td:nth-child(2){min-width:240px}
.panel h3{margin:0 0 8px;font-size:15px}
.chart{max-width:100%;height:auto;font-size:13px;fill:#1f2430}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #dfe1e5;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f4;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.matrix th.col{text-align:center;white-space:nowrap;min-width:44px;cursor:help}
.matrix tbody th{font-weight:500;background:#fff}
.legend{columns:2;margin:12px 0 0;padding-left:18px;font-size:13px;color:#3c4043}
.matrix td.yes,.matrix td.no{text-align:center;font-weight:700;width:36px}
.matrix td.yes{background:#e6f4ea;color:#1e8e3e}
.matrix td.no{background:#fce8e6;color:#d93025}
.matrix td.na{background:#fef7e0;color:#7a5200;font-size:13px}
.status{display:inline-block;border-radius:12px;padding:1px 10px;font-size:13px;font-weight:600;white-space:nowrap}
.status.ok{background:#e6f4ea;color:#137333}.status.errors{background:#fce8e6;color:#c5221f}
.status.failed{background:#fef7e0;color:#7a5200}.status.skipped{background:#f1f3f4;color:#5f6673}
a{color:#1a73e8}
details{background:#fff;border:1px solid #dfe1e5;border-radius:8px;margin:6px 0;padding:6px 12px}
summary{cursor:pointer;font-weight:600}
li.error{color:#c5221f}li.warning{color:#7a5200}li.info{color:#3c4043}
footer{color:#5f6673;font-size:13px;margin-top:32px}
@media print{body{background:#fff}.panel,.card{box-shadow:none;border:1px solid #dfe1e5}details{break-inside:avoid}}
`;
