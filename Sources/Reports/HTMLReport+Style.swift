extension HTMLReport {
    /// The page's inline style sheet (no `<` or `&`, so it stays well-formed XML too).
    static let styleSheet = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f7f9; color: #1d1f23;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; background: #ffffff; min-height: 100vh; }
        h1 { font-size: 26px; margin: 8px 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e3e5e8; }
        h3 { font-size: 17px; margin: 24px 0 8px; }
        h4, h5, h6 { font-size: 15px; margin: 18px 0 6px; }
        p.subtitle { color: #5b616b; margin: 0 0 16px; }
        nav.contents { background: #f2f4f7; border-radius: 6px; padding: 8px 16px; margin: 16px 0; }
        nav.contents ul { margin: 4px 0; padding-left: 20px; }
        nav.contents a { color: #0b5cad; text-decoration: none; }
        table { border-collapse: collapse; margin: 10px 0 18px; font-size: 14px; }
        caption { text-align: left; color: #5b616b; padding-bottom: 4px; }
        th, td { padding: 4px 12px; border-bottom: 1px solid #e6e8eb; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #c9cdd3; background: #fafbfc; }
        table.kv th { font-weight: 600; color: #3a3f46; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure.chart { margin: 14px 0 22px; }
        figure.chart svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: #5b616b; font-size: 13px; margin-top: 4px; }
        pre { background: #1d1f23; color: #e8eaed; padding: 12px 14px; border-radius: 6px; overflow-x: auto;
          font: 13px/1.35 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        footer { margin-top: 40px; color: #8a9099; font-size: 12px; }
        """
}
