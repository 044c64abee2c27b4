/** The fact base's version and date, named wherever a verdict is shown. */
export function FactBaseStamp({ version, published }: { version: string; published: string }) {
  return (
    <p className="stamp">
      Fact base <strong>{version}</strong> of <time dateTime={published}>{published}</time>
    </p>
  );
}
