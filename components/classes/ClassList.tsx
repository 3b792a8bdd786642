import Link from 'next/link';
import styles from './classes.module.css';

export interface ClassListItem {
  id: string;
  name: string;
  detail: string;
  badge?: string;
}

export function ClassList({ items, empty, label }: { items: ClassListItem[]; empty: string; label: string }) {
  if (items.length === 0) return <p className={styles.empty}>{empty}</p>;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={`${styles.item} ${styles.linkItem}`}>
          <div>
            <Link className={styles.itemLink} href={`/classes/${item.id}`}>
              {item.name}
            </Link>
            <div className={styles.meta}>{item.detail}</div>
          </div>
          {item.badge && <span className={styles.badge}>{item.badge}</span>}
        </li>
      ))}
    </ul>
  );
}
