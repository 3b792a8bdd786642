'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import styles from '@/components/layout/SiteHeader.module.css';
import { forgetDeviceCopies } from '@/lib/pwa/forget-device-copies';

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
          // Loaded on the tap: next-auth's client is 12 kB gzipped that every signed-in page would otherwise carry.
          const { signOut } = await import('next-auth/react');
          await signOut({ redirect: false });
          // A shared phone: the next person must not open this student's pages, or read their study, offline.
          await forgetDeviceCopies();
          router.replace('/');
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
