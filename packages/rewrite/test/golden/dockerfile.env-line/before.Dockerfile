FROM node:20-alpine
ENV NODE_ENV=production
ENV NPM_TOKEN=FAKE-not-a-real-key-0000
RUN npm ci
