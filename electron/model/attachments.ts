// A stored file (kept once by its hash) as meetings, tasks, rectifications and documents list it.
export type AttachmentRow = { id: number; fileName: string; mime: string; size: number; sha256: string };
