import styles from './forms.module.css';

/** The error that concerns the whole form (wrong password, session ended), announced when it appears. */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className={styles.formError} role="alert">
      {message}
    </p>
  );
}
