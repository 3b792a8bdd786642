'use server';

// Review assignments (issue 8): the class's teacher assigns a review of some concepts. Thin: validate, check
// access, call lib/data.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/lib/access/guarded-action';
import { assignConceptReview } from '@/lib/data/review-assignments';
import { assignConceptReviewSchema } from '@/lib/validation/review-assignments';

export async function assignConceptReviewAction(input: unknown) {
  return guardedAction(assignConceptReviewSchema, input, async ({ actor, db, input }) => {
    const result = await assignConceptReview(db, actor, input, new Date());
    if (result.ok) {
      // The class page and its dashboard list the class's reviews; the students' home lists it too.
      revalidatePath(`/classes/${input.classId}`);
      revalidatePath(`/classes/${input.classId}/progress`);
      revalidatePath('/home');
    }
    return result;
  });
}
