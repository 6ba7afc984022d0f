FROM a
	LABEL été="€" x=1
	RUN echo "😀" \
		&& echo "日本"
ENV é=è
