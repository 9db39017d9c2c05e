package org.accord.dossier;

/** Where a stage of the strip stands for the reader; said in words beside the marks, not by colour alone. */
enum StageProgress {
  DONE,
  CURRENT,
  TO_COME
}
