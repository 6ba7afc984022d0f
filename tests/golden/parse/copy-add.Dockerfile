FROM a
COPY --from=build --chown=app:app --chmod=755 --link /out/app /usr/bin/
COPY --parents --exclude=*.md --exclude=test/ ./src ./lib /app/
COPY ["file with space", "/dest/"]
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /a/
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.12 /bk
ADD --unpack=false --link=false a.tar /x/
COPY a b c /multi/
