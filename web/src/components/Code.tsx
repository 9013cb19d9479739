/** Codes and acronyms (DOC-02, NSS, IQG16) keep their left-to-right order inside Arabic text. */
export function Code({ children }: { children: string | undefined }) {
  return <bdi dir="ltr" className="code">{children}</bdi>;
}
