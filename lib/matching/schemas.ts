// Inputs of the matching actions, parsed at the edge and again in the data functions.
import { z } from "zod";

export const suggestionDecisionSchema = z.object({ id: z.uuid({ error: "Unknown suggestion." }) });
export const matchSourceSchema = z.object({ sourceId: z.uuid({ error: "Unknown source." }) });
