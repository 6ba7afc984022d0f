FROM build AS build
