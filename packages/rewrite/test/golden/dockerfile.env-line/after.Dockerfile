FROM node:20-alpine
ENV NODE_ENV=production
RUN npm ci
