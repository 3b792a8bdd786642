import Link from 'next/link';
import type { ReactNode } from 'react';
import { MenuDisclosure } from './MenuDisclosure';
import styles from './SiteHeader.module.css';

export interface NavItem {
  href: string;
  label: string;
}

interface SiteHeaderProps {
  brand: string;
  navLabel: string;
  menuLabel: string;
  items: NavItem[];
  /** Shown after the links: the sign-out button when someone is signed in. */
  trailing?: ReactNode;
  /** Shown before the navigation on every width: the language menu, which must not hide behind "Menu". */
  languageSwitcher?: ReactNode;
  brandHref?: string;
}

/**
 * The top bar. On a phone the links fold into a <details> menu, which opens with a tap or the keyboard and
 * needs no JavaScript; from tablet width up they sit in a row.
 */
export function SiteHeader({ brand, navLabel, menuLabel, items, trailing, languageSwitcher, brandHref = '/' }: SiteHeaderProps) {
  const links = [
    ...items.map((item) => (
      <li key={item.href}>
        <Link className={styles.link} href={item.href}>
          {item.label}
        </Link>
      </li>
    )),
    trailing ? <li key="trailing">{trailing}</li> : null,
  ];
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link className={styles.brand} href={brandHref}>
          <span aria-hidden="true" className={styles.logo}>
            P
          </span>
          <span className={styles.brandName}>{brand}</span>
        </Link>
        <div className={styles.end}>
          {languageSwitcher}
          <nav aria-label={navLabel} className={styles.nav}>
            <MenuDisclosure className={styles.menu} summary={<summary className={styles.menuButton}>{menuLabel}</summary>}>
              <ul className={styles.menuList}>{links}</ul>
            </MenuDisclosure>
            <ul className={styles.row}>{links}</ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
