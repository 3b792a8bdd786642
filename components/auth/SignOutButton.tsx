'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import styles from '@/components/layout/SiteHeader.module.css';

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={styles.link}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOut({ redirect: false });
          router.replace('/');
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
