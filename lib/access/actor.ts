// Who is asking: the signed-in user as every access rule sees them.
export type Role = 'TEACHER' | 'STUDENT';

export interface Actor {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * Thrown when the actor may not do what they asked, or the thing does not exist: the two are one answer, so
 * nobody learns whether another class's id is real. Pages turn it into a 404, actions into a "not found".
 */
export class NotFoundOrForbidden extends Error {
  override name = 'NotFoundOrForbidden';
  constructor(what = 'resource') {
    super(`${what} not found`);
  }
}

/** Thrown when nobody is signed in: pages send the visitor to sign in, actions answer "sign in first". */
export class NotSignedIn extends Error {
  override name = 'NotSignedIn';
  constructor() {
    super('not signed in');
  }
}
