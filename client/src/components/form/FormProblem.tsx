// The one error line at the top of a form; announced when it appears.
export function FormProblem({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p className="notice notice--error" id={id} role="alert">
      {message}
    </p>
  );
}
