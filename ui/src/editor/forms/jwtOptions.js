export const ALGORITHMS = ['HS256', 'HS384', 'HS512'];
