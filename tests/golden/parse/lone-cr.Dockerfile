FROM aRUN echo old macCMD x
