/** The shape every catalogue has: one text per key of the Uzbek (Latin) catalogue. */
import type { MessageKey } from "./uz";

export type Catalogue = Record<MessageKey, string>;
