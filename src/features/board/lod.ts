/**
 * Below this zoom, card text is under 6 px and unreadable: the board draws cards and cells on one
 * canvas instead of thousands of DOM nodes (DESIGN.md §2, level of detail).
 */
export const LOD_ZOOM = 0.4;
