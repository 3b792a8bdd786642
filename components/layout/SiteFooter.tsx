import styles from './SiteFooter.module.css';

export function SiteFooter({ text }: { text: string }) {
  return (
    <footer className={styles.footer}>
      <div className="container">{text}</div>
    </footer>
  );
}
