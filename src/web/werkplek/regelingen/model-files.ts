// Which decision-model files a version has, from its version.json (as the version document gives it).

export interface ModelRef {
  file: string;
  /** The model the automatic assessment evaluates. */
  assessment: boolean;
}

/** The version's DMN files (the assessment's model first, then decisionModels) and its examples file. */
export function modelFilesOf(meta: Record<string, unknown>): { models: ModelRef[]; examples: string | undefined } {
  const assessment = (meta.assessment ?? {}) as { model?: unknown; examples?: unknown };
  const listed = Array.isArray(meta.decisionModels) ? meta.decisionModels.map((m: { file?: unknown }) => String(m.file)) : [];
  const files = [...new Set([...(typeof assessment.model === 'string' ? [assessment.model] : []), ...listed])];
  return { models: files.map((file) => ({ file, assessment: file === assessment.model })), examples: typeof assessment.examples === 'string' ? assessment.examples : undefined };
}

/** Offers a text as a file download (for opening a model in a DMN modeler), without a request to the server. */
export function downloadText(path: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = path.split('/').pop() ?? path;
  link.click();
  // The browser has started the download by now; the object URL is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
