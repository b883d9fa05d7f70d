export const notAPage = true;
